import type { Random } from "./generate-firms";

const VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"];
const VN_MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thu", "Quốc", "Hải", "Thanh", "Ngọc", "Gia"];
const VN_GIVEN = [
  "An",
  "Bình",
  "Chi",
  "Dũng",
  "Hà",
  "Hùng",
  "Lan",
  "Linh",
  "Nam",
  "Phương",
  "Quân",
  "Tâm",
  "Trang",
  "Tuấn",
  "Vy",
  "Khoa",
];
const JP_FAMILY = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田"];
const JP_GIVEN = ["健", "翔太", "美咲", "大輔", "由美", "拓也", "彩", "誠", "陽子", "直樹", "花子", "悠斗"];

const pick = <T>(random: Random, items: readonly T[]) => items[Math.floor(random() * items.length)]!;

/** A plausible staff name for a firm of that country, in its own script and name order. */
export function personName(country: "VN" | "JP", random: Random): string {
  if (country === "VN") return `${pick(random, VN_FAMILY)} ${pick(random, VN_MIDDLE)} ${pick(random, VN_GIVEN)}`;
  return `${pick(random, JP_FAMILY)} ${pick(random, JP_GIVEN)}`;
}
