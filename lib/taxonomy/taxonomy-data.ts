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
  { code: "embedded", kind: "CAPABILITY", labelEn: "Embedded systems", labelJa: "組込みシステム", labelVi: "Hệ thống nhúng" },
  { code: "automotive-software", kind: "CAPABILITY", parent: "embedded", labelEn: "Automotive software (AUTOSAR)", labelJa: "車載ソフトウェア（AUTOSAR）", labelVi: "Phần mềm ô tô (AUTOSAR)" },
  { code: "iot-firmware", kind: "CAPABILITY", parent: "embedded", labelEn: "IoT firmware", labelJa: "IoTファームウェア", labelVi: "Firmware IoT" },
  { code: "chip-design", kind: "CAPABILITY", parent: "embedded", labelEn: "Chip design and verification", labelJa: "半導体設計・検証", labelVi: "Thiết kế và kiểm chứng chip" },
  { code: "web-mobile", kind: "CAPABILITY", labelEn: "Web and mobile development", labelJa: "Web・モバイル開発", labelVi: "Phát triển web và di động" },
  { code: "web-apps", kind: "CAPABILITY", parent: "web-mobile", labelEn: "Web applications", labelJa: "Webアプリケーション", labelVi: "Ứng dụng web" },
  { code: "mobile-apps", kind: "CAPABILITY", parent: "web-mobile", labelEn: "Mobile apps", labelJa: "モバイルアプリ", labelVi: "Ứng dụng di động" },
  { code: "ecommerce-platforms", kind: "CAPABILITY", parent: "web-mobile", labelEn: "E-commerce platforms", labelJa: "ECプラットフォーム", labelVi: "Nền tảng thương mại điện tử" },
  { code: "cloud", kind: "CAPABILITY", labelEn: "Cloud and infrastructure", labelJa: "クラウド・インフラ", labelVi: "Điện toán đám mây và hạ tầng" },
  { code: "cloud-migration", kind: "CAPABILITY", parent: "cloud", labelEn: "Cloud migration", labelJa: "クラウド移行", labelVi: "Chuyển đổi lên đám mây" },
  { code: "devops", kind: "CAPABILITY", parent: "cloud", labelEn: "DevOps and SRE", labelJa: "DevOps・SRE", labelVi: "DevOps và SRE" },
  { code: "data-ai", kind: "CAPABILITY", labelEn: "Data and AI", labelJa: "データ・AI", labelVi: "Dữ liệu và AI" },
  { code: "machine-learning", kind: "CAPABILITY", parent: "data-ai", labelEn: "Machine learning", labelJa: "機械学習", labelVi: "Học máy" },
  { code: "computer-vision", kind: "CAPABILITY", parent: "data-ai", labelEn: "Computer vision", labelJa: "画像認識", labelVi: "Thị giác máy tính" },
  { code: "ai-ocr", kind: "CAPABILITY", parent: "data-ai", labelEn: "AI-OCR", labelJa: "AI-OCR", labelVi: "AI-OCR" },
  { code: "nlp", kind: "CAPABILITY", parent: "data-ai", labelEn: "Natural language processing", labelJa: "自然言語処理", labelVi: "Xử lý ngôn ngữ tự nhiên" },
  { code: "data-engineering", kind: "CAPABILITY", parent: "data-ai", labelEn: "Data engineering and analytics", labelJa: "データ基盤・分析", labelVi: "Kỹ thuật và phân tích dữ liệu" },
  { code: "enterprise", kind: "CAPABILITY", labelEn: "Enterprise systems", labelJa: "基幹システム", labelVi: "Hệ thống doanh nghiệp" },
  { code: "erp", kind: "CAPABILITY", parent: "enterprise", labelEn: "ERP (SAP and others)", labelJa: "ERP（SAPなど）", labelVi: "ERP (SAP và các hệ thống khác)" },
  { code: "core-banking", kind: "CAPABILITY", parent: "enterprise", labelEn: "Core banking and payments", labelJa: "勘定系・決済システム", labelVi: "Ngân hàng lõi và thanh toán" },
  { code: "mes", kind: "CAPABILITY", parent: "enterprise", labelEn: "Manufacturing execution systems (MES)", labelJa: "製造実行システム（MES）", labelVi: "Hệ thống điều hành sản xuất (MES)" },
  { code: "quality", kind: "CAPABILITY", labelEn: "Testing and quality assurance", labelJa: "テスト・品質保証", labelVi: "Kiểm thử và đảm bảo chất lượng" },
  { code: "test-automation", kind: "CAPABILITY", parent: "quality", labelEn: "Test automation", labelJa: "テスト自動化", labelVi: "Tự động hóa kiểm thử" },
  { code: "security", kind: "CAPABILITY", labelEn: "Cybersecurity", labelJa: "サイバーセキュリティ", labelVi: "An ninh mạng" },
  { code: "ux-design", kind: "CAPABILITY", labelEn: "UI/UX design", labelJa: "UI/UXデザイン", labelVi: "Thiết kế UI/UX" },
  { code: "bpo", kind: "CAPABILITY", labelEn: "BPO and data entry", labelJa: "BPO・データ入力", labelVi: "BPO và nhập liệu" },
  { code: "green-software", kind: "CAPABILITY", labelEn: "Energy and emissions software", labelJa: "エネルギー・排出量管理ソフトウェア", labelVi: "Phần mềm năng lượng và phát thải" },
  { code: "carbon-accounting", kind: "CAPABILITY", parent: "green-software", labelEn: "Carbon accounting", labelJa: "CO2排出量算定", labelVi: "Kiểm kê carbon" },
  { code: "energy-management", kind: "CAPABILITY", parent: "green-software", labelEn: "Energy management systems (EMS)", labelJa: "エネルギー管理システム（EMS）", labelVi: "Hệ thống quản lý năng lượng (EMS)" },
  { code: "offshore-dev", kind: "CAPABILITY", labelEn: "Offshore development centre (ODC)", labelJa: "オフショア開発センター（ODC）", labelVi: "Trung tâm phát triển offshore (ODC)" },
  { code: "bridge-services", kind: "CAPABILITY", parent: "offshore-dev", labelEn: "Japanese-language bridge engineering", labelJa: "日本語ブリッジSE", labelVi: "Kỹ sư cầu nối tiếng Nhật" },
];
