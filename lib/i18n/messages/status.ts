/**
 * The words of the 403, 404 and error pages, in both languages. Kept apart from the dictionaries:
 * the error boundary is a client component on every page, and must not carry the whole of them.
 */
export const statusMessages = {
  vi: {
    forbidden: {
      title: "Bạn không có quyền xem trang này",
      body: "Trang này dành cho vai trò khác. Nếu bạn nghĩ đây là nhầm lẫn, hãy liên hệ quản trị viên.",
      home: "Về trang chủ",
    },
    notFound: {
      title: "Không tìm thấy trang",
      body: "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.",
      home: "Về trang chủ",
    },
    error: {
      title: "Đã có lỗi xảy ra",
      body: "Xin lỗi, trang chưa tải được. Vui lòng thử lại.",
      retry: "Thử lại",
    },
  },
  en: {
    forbidden: {
      title: "You are not allowed to see this page",
      body: "This page is for another role. If you think this is a mistake, contact an administrator.",
      home: "Back to the home page",
    },
    notFound: {
      title: "Page not found",
      body: "The page you are looking for does not exist or has moved.",
      home: "Back to the home page",
    },
    error: {
      title: "Something went wrong",
      body: "Sorry, the page could not be loaded. Please try again.",
      retry: "Try again",
    },
  },
};
