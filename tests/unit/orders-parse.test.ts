import { describe, expect, it } from "vitest";
import { isDamageReason, mapOrderHeaders, parseOrderStatus } from "@/lib/orders/columns";
import { parseAmount, parseId, parseLocalTime } from "@/lib/orders/parse";

describe("reading an order export's cells", () => {
  it("reads times as the seller centre writes them, in Vietnam time, and refuses impossible ones", () => {
    expect(parseLocalTime("12/12/2026 08:05:30")).toEqual(new Date("2026-12-12T01:05:30Z"));
    expect(parseLocalTime("1/2/2026 7:05")).toEqual(new Date("2026-02-01T00:05:00Z"));
    expect(parseLocalTime("2026-12-12 08:05:30")).toEqual(new Date("2026-12-12T01:05:30Z"));
    // A spreadsheet date's clock reading is the local time.
    expect(parseLocalTime(new Date(Date.UTC(2026, 11, 12, 8, 5, 30)))).toEqual(new Date("2026-12-12T01:05:30Z"));
    expect(parseLocalTime("")).toBeNull();
    expect(parseLocalTime("'12/12/2026 08:05:30")).toEqual(new Date("2026-12-12T01:05:30Z"));
    // The seller centre's fixed-width form, read by position: every part still checked.
    for (const bad of ["31/02/2026 08:00:00", "12/12/2026 24:00:00", "12/12/2026 08:60:00", "12/13/2026 08:00:00", "1a/12/2026 08:00:00", "12/12/1999 08:00:00"])
      expect(parseLocalTime(bad), bad).toBe("invalid");
    for (const bad of ["12/12/2026 25:00", "12/12/2026", "hôm qua"]) expect(parseLocalTime(bad)).toBe("invalid");
  });

  it("reads amounts of dong written every way exports write them", () => {
    for (const [raw, value] of [["150000", 150000], ["150.000", 150000], ["150,000", 150000], ["₫150.000", 150000], ["150000.00", 150000], ["1.500.000,00", 1500000], [150000, 150000], ["", 0]] as const) {
      expect(parseAmount(raw), String(raw)).toBe(value);
    }
    for (const bad of ["-5", "abc", "1.5.0", "12,5,0"]) expect(parseAmount(bad), bad).toBeNull();
  });

  it("keeps long ids as text and refuses ids a spreadsheet turned into rounded numbers", () => {
    expect(parseId("577312345678901234")).toBe("577312345678901234");
    expect(parseId("'577312345678901234")).toBe("577312345678901234");
    expect(parseId(12345)).toBe("12345");
    expect(parseId(5.77e17)).toBeNull();
    expect(parseId("5.77E+17")).toBeNull();
    expect(parseId("577312345678901000.0")).toBeNull();
  });

  it("recognises damage in both languages without mistaking look-alike words", () => {
    for (const reason of ["Item arrived damaged", "Broken bottle", "Hàng bị vỡ", "hộp bị móp", "Quả dập nát", "hang bi vo", "Sản phẩm HƯ HỎNG"]) expect(isDamageReason(reason), reason).toBe(true);
    for (const reason of ["Thanh long ruột hồng", "Vô tình đặt nhầm", "Không còn nhu cầu", "Changed my mind", "", null]) expect(isDamageReason(reason), String(reason)).toBe(false);
  });

  it("maps statuses and headers in English and Vietnamese, and names what is missing", () => {
    expect(parseOrderStatus("Canceled")).toBe("CANCELLED");
    expect(parseOrderStatus("Đã hủy")).toBe("CANCELLED");
    expect(parseOrderStatus("Đã giao")).toBe("DELIVERED");
    expect(parseOrderStatus("Awaiting Shipment")).toBe("AWAITING_SHIPMENT");
    expect(parseOrderStatus("Teleported")).toBeNull();
    expect(mapOrderHeaders(["Mã đơn hàng", "Trạng thái đơn hàng", "ID SKU", "Số lượng", "Tổng phụ SKU sau chiết khấu", "Thời gian tạo", "Thời gian thanh toán", "Tên người nhận"])).toMatchObject({ missing: [], index: { orderId: 0, paidTime: 6 } });
    expect(mapOrderHeaders(["Order ID", "Recipient", "Phone #"]).missing).toEqual(["Order Status", "SKU ID", "Quantity", "SKU Subtotal After Discount", "Created Time", "Paid Time"]);
  });
});
