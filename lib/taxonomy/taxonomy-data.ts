// The trilingual taxonomy of sectors and capabilities, kept as data in the repository. `npm run setup`
// writes it into the database (by code, so existing nodes are updated); organizers can add nodes of their own
// from the organizer pages. A capability's parent makes it a narrower kind of the parent
// ("automotive software" is a kind of "embedded systems").
export type TaxonomyEntry = {
  code: string;
  kind: "SECTOR" | "CAPABILITY";
  parent?: string;
  labelEn: string;
  labelJa: string;
  labelVi: string;
  /** Other ways people write it, in any of the three languages; free text is matched against these too. */
  synonyms?: string[];
};

export const TAXONOMY: TaxonomyEntry[] = [
  // Sectors: the industries these events talk about.
  { code: "automotive", kind: "SECTOR", labelEn: "Automotive manufacturing", labelJa: "自動車製造", labelVi: "Sản xuất ô tô" },
  { code: "finance", kind: "SECTOR", labelEn: "Finance and banking", labelJa: "金融", labelVi: "Tài chính – ngân hàng" },
  { code: "healthcare", kind: "SECTOR", labelEn: "Healthcare", labelJa: "ヘルスケア・医療", labelVi: "Y tế" },
  { code: "retail", kind: "SECTOR", labelEn: "Retail and e-commerce", labelJa: "小売・EC", labelVi: "Bán lẻ và thương mại điện tử" },
  { code: "logistics", kind: "SECTOR", labelEn: "Logistics", labelJa: "物流", labelVi: "Logistics" },
  { code: "semiconductors", kind: "SECTOR", labelEn: "Semiconductors", labelJa: "半導体", labelVi: "Bán dẫn" },
  { code: "ai", kind: "SECTOR", labelEn: "Artificial intelligence", labelJa: "人工知能（AI）", labelVi: "Trí tuệ nhân tạo (AI)" },
  { code: "smart-manufacturing", kind: "SECTOR", labelEn: "Smart manufacturing", labelJa: "スマートファクトリー", labelVi: "Sản xuất thông minh" },
  { code: "green-tech", kind: "SECTOR", labelEn: "Green technology", labelJa: "グリーンテクノロジー", labelVi: "Công nghệ xanh" },
  { code: "energy-optimization", kind: "SECTOR", labelEn: "Energy optimization", labelJa: "エネルギー最適化", labelVi: "Tối ưu hóa năng lượng" },
  { code: "carbon-measurement", kind: "SECTOR", labelEn: "Carbon measurement", labelJa: "カーボン計測", labelVi: "Đo lường phát thải carbon" },

  // Capabilities: what firms offer and seek.
  { code: "embedded", kind: "CAPABILITY", labelEn: "Embedded systems", labelJa: "組込みシステム", labelVi: "Hệ thống nhúng", synonyms: ["組込み", "組み込み", "組込みソフトウェア", "embedded software", "firmware", "phần mềm nhúng", "nhúng"] },
  { code: "automotive-software", kind: "CAPABILITY", parent: "embedded", labelEn: "Automotive software (AUTOSAR)", labelJa: "車載ソフトウェア（AUTOSAR）", labelVi: "Phần mềm ô tô (AUTOSAR)", synonyms: ["車載ソフトウェア", "車載ソフト", "車載組込み", "automotive embedded software", "automotive software", "autosar", "phần mềm ô tô", "phần mềm nhúng ô tô", "adas", "ecu"] },
  { code: "iot-firmware", kind: "CAPABILITY", parent: "embedded", labelEn: "IoT firmware", labelJa: "IoTファームウェア", labelVi: "Firmware IoT", synonyms: ["iot", "ファームウェア", "センサー", "cảm biến", "thiết bị iot"] },
  { code: "chip-design", kind: "CAPABILITY", parent: "embedded", labelEn: "Chip design and verification", labelJa: "半導体設計・検証", labelVi: "Thiết kế và kiểm chứng chip", synonyms: ["半導体設計", "rtl", "uvm", "fpga", "asic", "thiết kế vi mạch", "vi mạch", "kiểm chứng chip", "回路設計"] },
  { code: "web-mobile", kind: "CAPABILITY", labelEn: "Web and mobile development", labelJa: "Web・モバイル開発", labelVi: "Phát triển web và di động" },
  { code: "web-apps", kind: "CAPABILITY", parent: "web-mobile", labelEn: "Web applications", labelJa: "Webアプリケーション", labelVi: "Ứng dụng web", synonyms: ["web開発", "webシステム", "web application", "web development", "phát triển web", "ứng dụng web"] },
  { code: "mobile-apps", kind: "CAPABILITY", parent: "web-mobile", labelEn: "Mobile apps", labelJa: "モバイルアプリ", labelVi: "Ứng dụng di động", synonyms: ["スマホアプリ", "モバイルアプリ", "ios", "android", "mobile app", "ứng dụng di động", "app di động"] },
  { code: "ecommerce-platforms", kind: "CAPABILITY", parent: "web-mobile", labelEn: "E-commerce platforms", labelJa: "ECプラットフォーム", labelVi: "Nền tảng thương mại điện tử", synonyms: ["ecサイト", "通販", "e-commerce", "ecommerce", "online store", "thương mại điện tử", "pos"] },
  { code: "cloud", kind: "CAPABILITY", labelEn: "Cloud and infrastructure", labelJa: "クラウド・インフラ", labelVi: "Điện toán đám mây và hạ tầng", synonyms: ["クラウド", "aws", "azure", "gcp", "cloud", "đám mây", "điện toán đám mây"] },
  { code: "cloud-migration", kind: "CAPABILITY", parent: "cloud", labelEn: "Cloud migration", labelJa: "クラウド移行", labelVi: "Chuyển đổi lên đám mây", synonyms: ["クラウド移行", "aws移行", "cloud migration", "migrate to aws", "chuyển đổi đám mây", "di chuyển lên cloud", "lift and shift"] },
  { code: "devops", kind: "CAPABILITY", parent: "cloud", labelEn: "DevOps and SRE", labelJa: "DevOps・SRE", labelVi: "DevOps và SRE", synonyms: ["devops", "sre", "ci/cd", "kubernetes", "インフラ運用"] },
  { code: "data-ai", kind: "CAPABILITY", labelEn: "Data and AI", labelJa: "データ・AI", labelVi: "Dữ liệu và AI", synonyms: ["人工知能", "データ活用", "trí tuệ nhân tạo"] },
  { code: "machine-learning", kind: "CAPABILITY", parent: "data-ai", labelEn: "Machine learning", labelJa: "機械学習", labelVi: "Học máy", synonyms: ["機械学習", "ディープラーニング", "machine learning", "deep learning", "học máy", "học sâu"] },
  { code: "computer-vision", kind: "CAPABILITY", parent: "data-ai", labelEn: "Computer vision", labelJa: "画像認識", labelVi: "Thị giác máy tính", synonyms: ["画像認識", "画像解析", "computer vision", "image recognition", "thị giác máy tính", "nhận diện hình ảnh"] },
  { code: "ai-ocr", kind: "CAPABILITY", parent: "data-ai", labelEn: "AI-OCR", labelJa: "AI-OCR", labelVi: "AI-OCR", synonyms: ["ocr", "文字認識", "帳票読取", "nhận dạng ký tự"] },
  { code: "nlp", kind: "CAPABILITY", parent: "data-ai", labelEn: "Natural language processing", labelJa: "自然言語処理", labelVi: "Xử lý ngôn ngữ tự nhiên", synonyms: ["自然言語処理", "チャットボット", "llm", "大規模言語モデル", "生成ai", "chatbot", "language model", "xử lý ngôn ngữ", "mô hình ngôn ngữ"] },
  { code: "data-engineering", kind: "CAPABILITY", parent: "data-ai", labelEn: "Data engineering and analytics", labelJa: "データ基盤・分析", labelVi: "Kỹ thuật và phân tích dữ liệu", synonyms: ["データ分析", "データ基盤", "business intelligence", "data analytics", "data warehouse", "phân tích dữ liệu", "kho dữ liệu"] },
  { code: "enterprise", kind: "CAPABILITY", labelEn: "Enterprise systems", labelJa: "基幹システム", labelVi: "Hệ thống doanh nghiệp" },
  { code: "erp", kind: "CAPABILITY", parent: "enterprise", labelEn: "ERP (SAP and others)", labelJa: "ERP（SAPなど）", labelVi: "ERP (SAP và các hệ thống khác)", synonyms: ["erp", "sap", "基幹システム", "hệ thống erp", "odoo"] },
  { code: "core-banking", kind: "CAPABILITY", parent: "enterprise", labelEn: "Core banking and payments", labelJa: "勘定系・決済システム", labelVi: "Ngân hàng lõi và thanh toán", synonyms: ["勘定系", "決済", "銀行システム", "core banking", "payment", "payments", "fintech", "ngân hàng lõi", "thanh toán"] },
  { code: "mes", kind: "CAPABILITY", parent: "enterprise", labelEn: "Manufacturing execution systems (MES)", labelJa: "製造実行システム（MES）", labelVi: "Hệ thống điều hành sản xuất (MES)", synonyms: ["mes", "生産管理", "製造実行", "manufacturing execution", "quản lý sản xuất"] },
  { code: "quality", kind: "CAPABILITY", labelEn: "Testing and quality assurance", labelJa: "テスト・品質保証", labelVi: "Kiểm thử và đảm bảo chất lượng", synonyms: ["テスト", "品質保証", "検証", "qa", "testing", "kiểm thử", "đảm bảo chất lượng"] },
  { code: "test-automation", kind: "CAPABILITY", parent: "quality", labelEn: "Test automation", labelJa: "テスト自動化", labelVi: "Tự động hóa kiểm thử", synonyms: ["テスト自動化", "自動テスト", "test automation", "automated testing", "tự động hóa kiểm thử", "kiểm thử tự động"] },
  { code: "security", kind: "CAPABILITY", labelEn: "Cybersecurity", labelJa: "サイバーセキュリティ", labelVi: "An ninh mạng", synonyms: ["セキュリティ", "脆弱性診断", "security", "penetration test", "bảo mật", "an ninh mạng"] },
  { code: "ux-design", kind: "CAPABILITY", labelEn: "UI/UX design", labelJa: "UI/UXデザイン", labelVi: "Thiết kế UI/UX", synonyms: ["デザイン", "ui", "ux", "ui/ux", "thiết kế giao diện"] },
  { code: "bpo", kind: "CAPABILITY", labelEn: "BPO and data entry", labelJa: "BPO・データ入力", labelVi: "BPO và nhập liệu", synonyms: ["bpo", "データ入力", "data entry", "nhập liệu", "アノテーション", "annotation"] },
  { code: "green-software", kind: "CAPABILITY", labelEn: "Energy and emissions software", labelJa: "エネルギー・排出量管理ソフトウェア", labelVi: "Phần mềm năng lượng và phát thải" },
  { code: "carbon-accounting", kind: "CAPABILITY", parent: "green-software", labelEn: "Carbon accounting", labelJa: "CO2排出量算定", labelVi: "Kiểm kê carbon", synonyms: ["co2", "排出量", "scope 3", "ghg", "carbon accounting", "carbon footprint", "phát thải", "khí nhà kính", "kiểm kê khí nhà kính"] },
  { code: "energy-management", kind: "CAPABILITY", parent: "green-software", labelEn: "Energy management systems (EMS)", labelJa: "エネルギー管理システム（EMS）", labelVi: "Hệ thống quản lý năng lượng (EMS)", synonyms: ["ems", "bems", "省エネ", "エネルギー管理", "energy management", "demand response", "tiết kiệm năng lượng", "quản lý năng lượng"] },
  { code: "offshore-dev", kind: "CAPABILITY", labelEn: "Offshore development centre (ODC)", labelJa: "オフショア開発センター（ODC）", labelVi: "Trung tâm phát triển offshore (ODC)", synonyms: ["オフショア", "オフショア開発", "ラボ型開発", "odc", "offshore", "offshore development", "phát triển offshore", "outsourcing", "gia công phần mềm"] },
  { code: "bridge-services", kind: "CAPABILITY", parent: "offshore-dev", labelEn: "Japanese-language bridge engineering", labelJa: "日本語ブリッジSE", labelVi: "Kỹ sư cầu nối tiếng Nhật", synonyms: ["ブリッジse", "brse", "bridge engineer", "bridge se", "kỹ sư cầu nối", "日本語対応"] },
];
