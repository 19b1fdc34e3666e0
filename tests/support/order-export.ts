/**
 * Order exports as the TikTok Shop seller centre writes them (shared/DOMAIN.md): the full header
 * row with the buyer's personal data among the columns, the description row under it, times as
 * "DD/MM/YYYY HH:MM:SS" local time. English or Vietnamese headers; CSV or XLSX (made with exceljs,
 * the reader the portal uses, writing a real workbook).
 */
import ExcelJS from "exceljs";

export type ExportLine = {
  orderId: string;
  skuId: string;
  sellerSku?: string;
  productName?: string;
  status?: string;
  quantity?: number;
  returned?: number;
  unitPrice?: number;
  subtotal: number;
  orderRefund?: number;
  created?: string;
  paid: string;
  reason?: string;
  returnType?: string;
};

/** Personal data every row carries; the portal must never keep it. */
export const BUYER = { name: "Trần Văn Mua", phone: "0987 654 321", address: "12 Ngõ Trạm, Hoàn Kiếm" };

const EN = [
  "Order ID", "Order Status", "Order Substatus", "Cancelation/Return Type", "Normal or Pre-order", "SKU ID", "Seller SKU", "Product Name", "Variation",
  "Quantity", "Sku Quantity of return", "SKU Unit Original Price", "SKU Subtotal Before Discount", "SKU Platform Discount", "SKU Seller Discount",
  "SKU Subtotal After Discount", "Shipping Fee After Discount", "Order Amount", "Order Refund Amount", "Created Time", "Paid Time", "Cancel Reason",
  "Buyer Username", "Recipient", "Phone #", "Province", "Detail Address",
];
const VI = [
  "Mã đơn hàng", "Trạng thái đơn hàng", "Trạng thái phụ của đơn hàng", "Loại hủy/trả hàng", "Đơn thường hoặc đặt trước", "ID SKU", "SKU người bán", "Tên sản phẩm", "Phân loại",
  "Số lượng", "Số lượng trả hàng", "Giá gốc của SKU", "Tổng phụ SKU trước chiết khấu", "Chiết khấu của nền tảng cho SKU", "Chiết khấu của người bán cho SKU",
  "Tổng phụ SKU sau chiết khấu", "Phí vận chuyển sau giảm giá", "Tổng tiền đơn hàng", "Số tiền hoàn lại của đơn hàng", "Thời gian tạo", "Thời gian thanh toán", "Lý do hủy",
  "Tên người mua", "Tên người nhận", "Số điện thoại", "Tỉnh/Thành phố", "Địa chỉ chi tiết",
];
const DESCRIPTION_EN = ["Platform unique order ID.", "Current order status", "Order substatus", "Cancellation or return type", "Normal or pre-order", "Platform SKU ID", "Seller SKU input"];
const DESCRIPTION_VI = ["Mã đơn hàng duy nhất của nền tảng.", "Trạng thái hiện tại của đơn hàng", "Trạng thái phụ", "Loại hủy hoặc trả hàng", "Đơn thường hoặc đặt trước", "ID SKU của nền tảng", "SKU do người bán nhập"];

function row(l: ExportLine): (string | number)[] {
  const quantity = l.quantity ?? 1;
  return [
    l.orderId, l.status ?? "Completed", "", l.returnType ?? "", "Normal", l.skuId, l.sellerSku ?? "", l.productName ?? "Sản phẩm", "",
    quantity, l.returned ?? 0, l.unitPrice ?? l.subtotal / quantity, l.subtotal, 0, 0,
    l.subtotal, 0, l.subtotal, l.orderRefund ?? 0, l.created ?? l.paid, l.paid, l.reason ?? "",
    "tranvanmua", BUYER.name, BUYER.phone, "Hà Nội", BUYER.address,
  ];
}

const quote = (v: string | number) => (typeof v === "number" ? String(v) : /[",;\t\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function exportCsv(lines: ExportLine[], o: { lang?: "en" | "vi"; separator?: "," | ";" | "\t"; description?: boolean } = {}): string {
  const separator = o.separator ?? ",";
  const header = o.lang === "vi" ? VI : EN;
  const description = o.description === false ? [] : [o.lang === "vi" ? DESCRIPTION_VI : DESCRIPTION_EN];
  return [header, ...description, ...lines.map(row)].map((r) => r.map(quote).join(separator)).join("\r\n") + "\r\n";
}

/**
 * An XLSX export. `dates: true` writes the times as spreadsheet dates (whose clock reading is the
 * local time), as a seller who opened and saved the export in Excel would have.
 */
export async function exportXlsx(lines: ExportLine[], o: { lang?: "en" | "vi"; dates?: boolean; rawRows?: (string | number)[][] } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("OrderSKUList");
  sheet.addRow(o.lang === "vi" ? VI : EN);
  sheet.addRow(o.lang === "vi" ? DESCRIPTION_VI : DESCRIPTION_EN);
  const asDate = (text: string) => {
    const m = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(text)!;
    return new Date(Date.UTC(+m[3]!, +m[2]! - 1, +m[1]!, +m[4]!, +m[5]!, +m[6]!));
  };
  for (const l of lines) {
    const values: (string | number | Date)[] = row(l);
    if (o.dates) {
      values[19] = asDate(String(values[19]));
      values[20] = asDate(String(values[20]));
    }
    sheet.addRow(values);
  }
  for (const raw of o.rawRows ?? []) sheet.addRow(raw);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A time of the coming days as the export writes it: "DD/MM/YYYY HH:MM:SS", Vietnam time. */
export function exportTime(day: string, time: string): string {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y} ${time.length === 5 ? `${time}:00` : time}`;
}
