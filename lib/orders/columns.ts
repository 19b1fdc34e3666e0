import type { OrderStatus } from "@/lib/db/generated/enums";
import { foldVietnamese } from "@/lib/text";

/**
 * The columns of a TikTok Shop order export the portal reads, each with the headers accepted for
 * it: the English export's and the Vietnamese seller centre's (compared without case, accents or
 * punctuation). Every other column is ignored, among them the buyer's name, phone and address,
 * which are never read into the portal.
 */
export const ORDER_COLUMNS = {
  orderId: ["Order ID", "Mã đơn hàng", "ID đơn hàng", "Mã đơn"],
  status: ["Order Status", "Trạng thái đơn hàng", "Trạng thái"],
  substatus: ["Order Substatus", "Trạng thái phụ của đơn hàng", "Trạng thái phụ", "Trạng thái con"],
  cancelReturnType: ["Cancelation/Return Type", "Cancellation/Return Type", "Loại hủy/trả hàng", "Loại hủy hoặc trả hàng", "Loại hủy đơn/trả hàng"],
  skuId: ["SKU ID", "ID SKU", "Mã SKU"],
  sellerSku: ["Seller SKU", "SKU người bán", "SKU của người bán", "Mã SKU người bán"],
  productName: ["Product Name", "Tên sản phẩm"],
  variation: ["Variation", "Phân loại", "Phân loại hàng", "Biến thể"],
  quantity: ["Quantity", "Số lượng"],
  returnedQuantity: ["Sku Quantity of return", "SKU Quantity of Return", "Số lượng trả hàng", "Số lượng SKU trả hàng", "Số lượng hoàn trả"],
  unitPrice: ["SKU Unit Original Price", "Giá gốc của SKU", "Đơn giá gốc của SKU", "Giá gốc"],
  subtotal: ["SKU Subtotal After Discount", "Tổng phụ SKU sau chiết khấu", "Thành tiền sau giảm giá", "Tổng tiền SKU sau giảm giá"],
  orderAmount: ["Order Amount", "Tổng tiền đơn hàng", "Số tiền đơn hàng", "Giá trị đơn hàng"],
  orderRefund: ["Order Refund Amount", "Số tiền hoàn lại của đơn hàng", "Số tiền hoàn tiền", "Số tiền hoàn lại"],
  createdTime: ["Created Time", "Thời gian tạo", "Thời gian tạo đơn", "Thời gian đặt hàng"],
  paidTime: ["Paid Time", "Thời gian thanh toán"],
  cancelReason: ["Cancel Reason", "Lý do hủy", "Lý do hủy đơn"],
  returnReason: ["Return Reason", "Lý do trả hàng", "Lý do hoàn trả"],
} as const;

export type OrderColumn = keyof typeof ORDER_COLUMNS;

/** What a file must have: the rest may be missing (an empty value is then assumed). */
export const REQUIRED_ORDER_COLUMNS: readonly OrderColumn[] = ["orderId", "status", "skuId", "quantity", "subtotal", "createdTime", "paidTime"];

const headerKey = (h: string) => foldVietnamese(h).replace(/[^a-z0-9]/g, "");
const HEADER_INDEX = new Map<string, OrderColumn>(
  (Object.entries(ORDER_COLUMNS) as [OrderColumn, readonly string[]][]).flatMap(([column, names]) => names.map((n) => [headerKey(n), column] as const)),
);

/** Which cell holds which column; `missing` lists the required columns (by their English header) the file lacks. */
export function mapOrderHeaders(header: string[]): { index: Partial<Record<OrderColumn, number>>; missing: string[] } {
  const index: Partial<Record<OrderColumn, number>> = {};
  header.forEach((h, i) => {
    const column = HEADER_INDEX.get(headerKey(h));
    if (column && index[column] === undefined) index[column] = i;
  });
  return { index, missing: REQUIRED_ORDER_COLUMNS.filter((c) => index[c] === undefined).map((c) => ORDER_COLUMNS[c][0]) };
}

/** Order statuses as the export writes them, in both languages (folded), to the portal's. */
const STATUS_NAMES: Record<OrderStatus, string[]> = {
  UNPAID: ["unpaid", "chua thanh toan", "cho thanh toan"],
  AWAITING_SHIPMENT: ["awaiting shipment", "to ship", "cho giao hang", "cho van chuyen", "dang cho van chuyen", "cho gui hang"],
  AWAITING_COLLECTION: ["awaiting collection", "cho lay hang", "cho don vi van chuyen lay hang"],
  SHIPPED: ["shipped", "da gui hang", "da van chuyen", "da giao cho don vi van chuyen"],
  IN_TRANSIT: ["in transit", "dang van chuyen", "dang giao", "dang giao hang"],
  DELIVERED: ["delivered", "da giao", "da giao hang", "giao hang thanh cong"],
  COMPLETED: ["completed", "hoan thanh", "da hoan thanh"],
  CANCELLED: ["cancelled", "canceled", "da huy", "huy", "da huy don"],
};
const STATUS_INDEX = new Map<string, OrderStatus>(
  (Object.entries(STATUS_NAMES) as [OrderStatus, string[]][]).flatMap(([status, names]) => names.map((n) => [n, status] as const)),
);

/** Statuses as written, once folded: an export repeats a handful of them 200,000 times. */
const seenStatuses = new Map<string, OrderStatus | null>();

export function parseOrderStatus(raw: string): OrderStatus | null {
  let status = seenStatuses.get(raw);
  if (status === undefined) {
    status = STATUS_INDEX.get(foldVietnamese(raw).replace(/[^a-z ]/g, " ").replace(/\s+/g, " ").trim()) ?? null;
    if (seenStatuses.size < 1000) seenStatuses.set(raw, status);
  }
  return status;
}

/**
 * Return and cancellation reasons that mean the goods arrived damaged, in both languages: the
 * programme's known pain (fragile farm goods). Matched as whole words, accents kept ("hỏng" is
 * not "hồng", "vỡ" is not "vô"), plus the unaccented spellings people type that are unambiguous.
 */
export const DAMAGE_PHRASES = [
  "damaged",
  "damage",
  "broken",
  "crushed",
  "cracked",
  "leaking",
  "leaked",
  "spoiled",
  "rotten",
  "hư hỏng",
  "hư",
  "hỏng",
  "bị vỡ",
  "vỡ",
  "móp",
  "méo",
  "bẹp",
  "dập",
  "nứt",
  "rò rỉ",
  "chảy nước",
  "thối",
  "hu hong",
  "bi vo",
  "bi hong",
  "bi dap",
  "mop meo",
] as const;

const DAMAGE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DAMAGE_PHRASES.map((p) => p.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`, "iu");

/** Whether a reason, as written, says the goods arrived damaged. */
export function isDamageReason(reason: string | null | undefined): boolean {
  return !!reason && DAMAGE.test(reason.normalize("NFC").toLowerCase());
}

/** How long after a session's end a paid order still counts as the session's (viewers pay late). */
export const ATTRIBUTION_GRACE_MINUTES = 60;

/** Sessions whose windows order lines are attributed to: drafts and cancelled sessions never. */
export const ATTRIBUTING_STATUSES = ["SCHEDULED", "LIVE", "COMPLETED"] as const;

/** Whether a session of this status has order lines attributed to its window. */
export const attributesOrders = (status: string): boolean => (ATTRIBUTING_STATUSES as readonly string[]).includes(status);

/** ATTRIBUTING_STATUSES as an SQL list of constants, for a session's `status IN (…)`. */
export const ATTRIBUTING_STATUSES_SQL = ATTRIBUTING_STATUSES.map((s) => `'${s}'`).join(", ");
