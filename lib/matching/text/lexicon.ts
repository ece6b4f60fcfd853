// The words that say what a statement is doing, in English, Japanese and Vietnamese: whether it offers or seeks,
// which kind of partner it is about, whether it is negated or a requirement, and the facts a requirement is
// checked against (languages, certifications, countries, head counts, on-site work). Phrases are normalised like
// the text (statement.ts), so plurals, case, hyphens and diacritics need not be listed twice.
import type { Intent } from "../intents";

/** The counterpart a statement talks about. */
export type Role =
  | "client" // clients, customers: a vendor looking for them sells what the statement names
  | "work" // projects, orders, contracts: looking for them is looking for clients; offering them is buying
  | "takesWork" // 受注, 受託, nhận (gia công): the firm takes work, whatever the mood
  | "givesWork" // 委託, 外注, 発注, outsource, thuê ngoài: the firm gives work out, whatever the mood
  | "supplier" // vendors, subcontractors, 委託先, nhà cung cấp
  | "capacity" // capacity, extra engineers, リソース, nguồn lực
  | "consortium" // consortium, joint bid, 共同入札, liên danh
  | "investor" // investors, funding, 出資, gọi vốn
  | "distributor" // distributors, resellers, 販売代理店, nhà phân phối
  | "startup" // startups (what an investor looks for)
  | "product" // products, solutions (what a distributor looks for)
  | "partner"; // partners in general

/**
 * The five a profile form offers, then certifications read only from text or an import's column: a trade's own
 * standard that a buyer makes a condition (automotive process and safety, medical devices, card payments,
 * translation, food safety, pharmaceutical manufacturing, the German automotive industry's TISAX).
 */
export type Cert =
  | "ISO27001"
  | "ISO9001"
  | "ISO14001"
  | "CMMI"
  | "PRIVACY_MARK"
  | "ASPICE"
  | "FUNCTIONAL_SAFETY"
  | "IATF16949"
  | "ISO13485"
  | "PCI_DSS"
  | "SOC2"
  | "ISO17100"
  | "FOOD_SAFETY"
  | "GLOBALGAP"
  | "HALAL"
  | "GMP"
  | "ISO20000"
  | "TISAX";
/** The certifications the profile form offers and the database stores: any firm may hold them. */
export const FORM_CERTIFICATIONS: readonly Cert[] = ["ISO27001", "ISO9001", "ISO14001", "CMMI", "PRIVACY_MARK"];

export type Lang = "ja" | "en" | "vi";

export type Cue =
  | { kind: "seek" }
  | { kind: "offer" }
  | { kind: "negation" }
  | { kind: "notNegation" }
  | { kind: "requirement" }
  | { kind: "weakRequirement" }
  | { kind: "only" }
  | { kind: "atLeast" }
  | { kind: "role"; role: Role }
  | { kind: "possessive" }
  | { kind: "counterpart" }
  | { kind: "thesis" }
  | { kind: "language"; lang: Lang }
  | { kind: "nationality"; lang: Lang }
  | { kind: "languageContext" }
  | { kind: "certification"; cert: Cert; level?: number }
  | { kind: "place"; code: string }
  /** A region within Vietnam or Japan (regions.ts), beside the country's place cue. */
  | { kind: "region"; code: string }
  | { kind: "presence" }
  | { kind: "onsite" }
  | { kind: "people" }
  | { kind: "scale" }
  | { kind: "certificationGoal" }
  | { kind: "selfRole" }
  | { kind: "hiring" }
  | { kind: "purpose" }
  | { kind: "exclusion" };

const words = (s: string) =>
  s
    .split("|")
    .map((w) => w.trim())
    .filter(Boolean);

export const SEEK = words(`
looking for|look for|looks for|are looking|is looking|seeking|seek|seeks|we seek|searching for|search for|in search of|
need|needs|needed|needing|we need|want|wants|wanted|would like|wish to|wishes to|hope to|hoping to|interested in|open to|
plan to|planning to|aim to|aiming to|intend to|hire|hiring|find|to find|to source|sourcing|procure|procurement|welcome|
invite|inviting|prefer|we prefer|explore|exploring|on the lookout|in need of|require assistance|would love|eager to|keen to|
tuyển sinh viên|tuyển kỹ sư|tuyển nhân viên|tuyển lập trình viên|tuyen sinh vien|tuyen ky su|採用したい|採用を検討|would also like|also want|also wants|also need|also needs|also looking for|also seeking|also seek|also interested in|also open to|we'd like|would also love|
tìm|tìm kiếm|đang tìm|cần|cần tìm|muốn|mong muốn|mong|hy vọng|hi vọng|quan tâm|có nhu cầu|nhu cầu|kêu gọi|
chào đón|mời|moi hop tac|xin moi|tran trong moi|hướng tới|dự kiến|kế hoạch|tìm đối tác|mong được|rất mong|ưu tiên|uu tien|
探して|探す|探し|探しています|探しております|求めて|求める|求め|求む|募集|募集中|希望|希望します|欲しい|ほしい|
必要としています|必要です|必要とする|必要としている|情報を集めています|情報収集|情報を収集|予定しており|予定しています|する予定|予定です|計画中|を予定|を計画|計画しています|お考え|お困り|ご検討|依頼したい|お願いしたい|をお願いします|をお願いいたします|をお願いしております|をお願いしています|検討中|検討しています|を考えている|を考えています|も考えています|を考えております|も考えております|検討しており|検討しております|検討している|模索|歓迎|期待|求人|ご紹介ください|紹介してほしい|委託先の見直し|委託先を見直|外注先の見直し|外注先を見直|ベンダーの見直し|ベンダーを見直|保守会社の見直し
`);

export const OFFER = words(`
we offer|offer|offers|offering|we provide|provide|provides|providing|deliver|delivers|delivering|we build|build|builds|
develop|develops|developing|specialize|specializes|specialise|specialises|specialized|specialised|specializing|
expertise|experienced|experience in|experience with|we are a|we have|our team|capable of|we can|support|supports|
serve|serves|serving|operate|operates|run|runs|maintain|maintains|we do|focus on|focused on|help|helps|helped|
track record|proven|certified|hold|holds|we hold|have delivered|have built|completed|
cung cấp|chuyên|chuyên về|chuyên sâu|có|đã có|hiện có|có kinh nghiệm|kinh nghiệm|thế mạnh|thực hiện|triển khai|hỗ trợ|sở hữu|
có đội ngũ|đội ngũ|đảm nhận|xây dựng|vận hành|đã triển khai|đã thực hiện|am hiểu|
提供|提供しています|行って|行う|行います|得意|実績|強み|専門|対応可能|可能です|できます|手掛け|手がけ|支援|展開|
運営|保有|取得|取得済み|在籍|擁する|擁し|開発しています|開発実績|ご相談ください|お任せください|しており|しています|しております|ております|ています|行っており|行っています
`);

export const NEGATION = words(`
not|no|don't|do not|does not|doesn't|never|cannot|can't|unable|lack|lacks|lacking|none|neither|nor|no longer|non|
without|aren't|isn't|won't|
không|chưa|chẳng|chưa có|không có|không làm|không nhận|thiếu|chưa từng|không cung cấp|không thực hiện|
未対応|はng|もng|未取得|未経験|未実施|なし|無し|不可|不可能|対象外|ございません|ありません|おりません|しません|できません|
行っておりません|行っていません|対応しておりません|対応していません|考えていません|考えておりません|お断り|お断りしております|お断りしています|受け付けておりません|受け付けていません|使わない|利用しない|活用しない|不要|不問|không cần|không yêu cầu|not required|not necessary|not needed|not mandatory|no need
`);

/**
 * Phrases that contain a cue word but are not that cue: negations that do not negate ("không gian", "not only"),
 * and Vietnamese typed without diacritics where the bare syllable is another word ("can ho" is căn hộ, an
 * apartment, not cần, to need). Longest wins among cues, so these hide the shorter cue inside them.
 */
export const NOT_NEGATION = words(`
not only|no matter|whether or not|not just|no-code|no code|non-stop|nonstop|
không gian|hàng không|không khí|không dây|không chỉ|không ngừng|không người lái|chưa kể|không những|
phi công|chẳng hạn|không giới hạn|cà chua|tối thiểu|toi thieu|giới thiệu|gioi thieu|giảm thiểu|giam thieu|chặng đường|chang duong|
can ho|can cu|can ban|cần thơ|can tho|chứng chỉ|chung chi|địa chỉ|dia chi|chỉ số|chi so|chỉ tiêu|chỉ đạo|chỉ dẫn|chỉ định|chi dinh|cần giờ|cần giuộc|can giuoc|móng cái|mong cai|
không biết làm|không biết cách|chưa biết làm|chưa biết cách|khong biet lam|khong biet cach|chua biet lam|chua biet cach|
don't know how|do not know how|not sure how|
できないか|ないか|ないでしょうか|ませんか|ないかと|ないかな
`);

/**
 * Words that make a clause a requirement of partners ("partner must hold ISO 27001"). Strong ones say so
 * anywhere but in what the firm offers; weak ones ("điều kiện", 必要, "need to") only in what the firm looks for
 * or next to a word for the partner: "pháp nhân đủ điều kiện dự thầu" is the firm's own qualification.
 */
export const REQUIREMENT = words(`
must|must be|must have|required|mandatory|non-negotiable|is a must|a must|prerequisite|
bắt buộc|nhất thiết|tiên quyết|
必須|必ず|不可欠|が前提|が条件|に限る|に限ります|に限らせていただき|に限らせて頂き|に限定させていただき|に限定いたします|に限定します|取得を求め|ことを求め
`);
export const WEAK_REQUIREMENT = words(`
require|requires|requirement|requirements|essential|need to|needs to|necessary|needs at least|need at least|should have|should hold|
yêu cầu|phải|cần có|điều kiện|
必要|条件|限る|限ります|前提|できること|であること|できる方|できる企業|取得していること|取得済みであること|を有すること|を有していること
`);

/**
 * A purpose ("to reach Japanese clients", "để tiếp cận khách hàng Nhật", 日本市場を開拓するため): the clients on
 * the far side of it are the goal, not the counterpart of what the clause looks for.
 */
export const PURPOSE = words(`
in order to|so that|so as to|to reach|to approach|to access|to win|to serve|to enter|to expand|to sell to|
to strengthen|to reinforce|to increase|to boost|to bundle|to combine|to package|
để tích hợp|để kết hợp|để đóng gói|と組み合わせ|とセットで|
để|nhằm|nhằm mục đích|để tiếp cận|để phục vụ|để mở rộng|ために|ため|目的で|に向けて
`);

/** "only" and its kin: a requirement when it restricts a language, a certification or a place. */
export const ONLY = words(`only|exclusively|strictly|solely|chỉ|duy nhất|のみ|限定|だけ`);

export const AT_LEAST = words(`
at least|minimum|min|more than|over|above|or more|no fewer than|no less than|upwards of|
以上|超|以上の|最低|最小|最少|tối thiểu|ít nhất|trên|hơn|trở lên|từ
`);

export const POSSESSIVE = words(
  `our|my|自社|弊社の|自社の|当社の|当社|弊社|của chúng tôi|của công ty|của mình|của chúng ta`,
);

export const COUNTERPART = words(`
companies|company|firms|firm|businesses|enterprises|clients|customers|organizations|organisations|partners|who|that|which|you|your|
startups|start-ups|startup|start-up|smes|manufacturers|factories|brands|thương hiệu|スタートアップ|中小企業|các startup|nhà máy|
企業|会社|企業様|お客様|様|事業者|メーカー|方|doanh nghiệp|công ty|khách hàng|đối tác|tổ chức|những đơn vị|đơn vị|các hãng|hãng sản xuất|hãng phần mềm|hãng bảo mật|hãng công nghệ|hãng nhật|hãng nhật bản|hãng đài loan|hãng hàn quốc|hãng nước ngoài|hãng robot|hãng thiết bị|hãng camera|hãng linh kiện|hãng máy|hãng xe|hãng ô tô
`);

/** Verbs whose object is what the firm looks for in others: "we invest in AI startups", "we resell SaaS". */
export const THESIS = words(`
invest in|invests in|investing in|we invest|funding startups|distribute|distributes|resell|
resells|reselling|đầu tư vào|phân phối|bán lại|に出資|へ出資|に投資|へ投資|の販売代理|を販売|を再販
`);

/**
 * What investors rule out is said in broad words the taxonomy keeps out of its synonyms ("hardware", "games",
 * "consumer apps", "services companies", 受託開発): read only in a clause that excludes ("we do not invest in",
 * 対象外, "không đầu tư vào"), where they name fields.
 */
export const EXCLUSION = words(`
exclude|excludes|excluding|excluded|outside our thesis|outside our focus|not a fit for our fund|対象外|投資対象外|
対象としていません|không thuộc đối tượng|ngoài phạm vi đầu tư
`);
export const EXCLUDED_FIELDS: Record<string, string[]> = {
  embedded: words(
    `hardware|hardware startups|hardware-heavy|devices|deep hardware|ハードウェア|ハード|phần cứng|thiết bị`,
  ),
  robotics: words(`hardware|robots|robot|ロボット|phần cứng`),
  games: words(`games|game|gaming|ゲーム|trò chơi`),
  "mobile-apps": words(
    `consumer apps|consumer app|consumer|b2c|b2c apps|消費者向け|コンシューマー向け|ứng dụng tiêu dùng|tiêu dùng|b2c`,
  ),
  "saas-products": words(`pure software|pure saas|saas|software-only|software only|thuần phần mềm|純粋なソフトウェア`),
  "offshore-dev": words(`services companies|service companies|outsourcing|outsourcing companies|受託開発|受託|
gia công|outsourcing thuần|công ty dịch vụ`),
  blockchain: words(`crypto|cryptocurrency|tiền mã hóa|tiền điện tử|暗号資産|仮想通貨`),
  "research-collaboration": words(
    `research projects|research project|university labs|university lab|研究プロジェクト|研究室|大学の研究室|đề tài nghiên cứu|phòng thí nghiệm`,
  ),
  // (Consumer lending is a field of its own, not consumer apps.)
  "lending-credit": words(`consumer lending|consumer loans|consumer finance|consumer credit|cho vay tiêu dùng`),
};

/**
 * …and the fields an investor puts money in, said in the same broad words ("industrial IoT, energy and smart
 * factory", エネルギー・ヘルスケア分野, "startup năng lượng, y tế"): read only in a clause that invests.
 */
export const INVESTED_FIELDS: Record<string, string[]> = {
  "energy-management": words(`energy|cleantech|clean tech|clean energy|エネルギー|năng lượng|nang luong`),
  "healthcare-it": words(
    `healthcare|health care|health tech|healthtech|medtech|ヘルスケア|医療|y tế|y te|chăm sóc sức khỏe`,
  ),
  "scm-logistics": words(
    `logistics|logistics tech|物流|logistics and supply chain|logistics startups|hậu cần|logistics việt nam`,
  ),
  "ecommerce-platforms": words(
    `retail|retail tech|e-commerce|ecommerce|小売|eコマース|bán lẻ|ban le|thương mại điện tử`,
  ),
  edtech: words(`education|教育|giáo dục|giao duc`),
  "smart-agriculture": words(`agriculture|agtech|農業|nông nghiệp|nong nghiep`),
  "hrm-systems": words(`hr tech|hrtech|hr-tech|人事|nhân sự`),
};

export const ROLES: Record<Role, string[]> = {
  client: words(`
client|clients|customer|customers|end user|end users|buyer|buyers|user companies|
顧客|お客様|クライアント|取引先|ユーザー企業|発注元|発注者|元請け|元請|エンドユーザー|
khách hàng|người mua|đối tác khách hàng
`),
  work: words(`
projects|orders|contracts|new business|
案件|仕事|発注案件|開発案件|
dự án|đơn hàng|hợp đồng|công việc|dự án thầu phụ|du an thau phu|công việc thầu phụ|cong viec thau phu|hợp đồng thầu phụ|hop dong thau phu|đơn hàng thầu phụ
`),
  takesWork: words(`
受注|受託|請負|請け負|受注したい|お受け|再委託を受け|再委託を受託|再委託で受託|お引き受け|引き受け|受け付け|ご依頼をお待ち|ご相談をお待ち|お問い合わせをお待ち|nhận gia công|có thể nhận|nhận làm|nhận thầu phụ|nhan thau phu|nhận xử lý|nhận thiết kế|nhận phát triển|nhận triển khai|nhận đào tạo|nhận đặt hàng|làm đối tác|trở thành đối tác|làm nhà thầu phụ|làm thầu phụ|be a partner for|act as|serve as|sẵn sàng nhận|nhận các dự án|nhận dự án|nhận công trình|nhận thi công|nhận phần việc|nhận việc|nhận đơn hàng|nhận outsource|take on|undertake|
act as a subcontractor|work as a subcontractor|as a subcontractor|as subcontractor|subcontract for
`),
  givesWork: words(`
委託|外注|発注|依頼先|アウトソース|アウトソーシングしたい|受託開発でお願い|受託開発をお願い|受託開発で依頼|受託開発を依頼|受託開発で発注|outsource|to outsource|outsourcing to|subcontract to|
contract out|thuê ngoài|đặt hàng|giao việc|đặt gia công|thuê gia công
`),
  supplier: words(`
vendor|vendors|supplier|suppliers|subcontractor|subcontractors|sub-contractor|sub-contractors|contractor|contractors|
service provider|service providers|provider|providers|outsourcing partner|outsourcing partners|offshore partner|
offshore partners|development partner|development partners|delivery partner|delivery partners|offshore vendor|
offshore vendors|technology partner|technology partners|consultant|consultants|
design house|design houses|software house|software houses|engineering house|engineering houses|
委託先|外注先|協力会社|開発パートナー|オフショア先|ベンダー|パートナー企業|開発会社|開発委託先|コンサルタント|構築会社|
調達先|仕入先|仕入れ先|購入先|
nhà cung cấp|nhà thầu phụ|thầu phụ|thau phu|đơn vị gia công|đối tác gia công|đối tác phát triển|đối tác outsourcing|đơn vị cung cấp|
đối tác công nghệ|đơn vị triển khai|don vi trien khai|công ty outsource|cong ty outsource|công ty outsourcing|cong ty outsourcing|outsourcing company|outsourcing companies|outsourcing firm|outsourcing firms|đơn vị làm|don vi lam|đơn vị phát triển|don vi phat trien|đơn vị thiết kế|don vi thiet ke|đơn vị xây dựng|don vi xay dung|đơn vị tư vấn|don vi tu van|đơn vị thi công|don vi thi cong|đơn vị lắp đặt|don vi lap dat|đơn vị bảo trì|don vi bao tri|đơn vị vận hành|don vi van hanh|đơn vị đào tạo|don vi dao tao|đối tác triển khai|doi tac trien khai|nhà cung cap|
implementer|implementers|implementation partner|implementation partners|導入パートナー|導入ベンダー|導入支援会社
`),
  capacity: words(`
capacity|capacity partner|capacity partners|additional engineers|extra engineers|more engineers|engineering resources|
additional resources|more resources|resource shortage|overflow|peak load|peak loads|peak periods|peak demand|繁忙期|ピーク時|quá tải|mùa cao điểm|scale up|scale our team|extend our team|additional capacity|spare capacity|
satellite partner|satellite partners|satellite team|satellite teams|サテライト|đối tác vệ tinh|vệ tinh|
リソース|人員|増員|体制強化|開発体制|人材不足|エンジニア不足|キャパシティ|
nguồn lực|nhân lực|năng lực thiết kế|năng lực kiểm thử|bổ sung năng lực|thiếu năng lực|bổ sung nhân sự|tăng cường nhân lực|mở rộng đội ngũ|thiếu nhân lực|năng lực sản xuất
`),
  consortium: words(`
consortium|consortia|consortium partner|consortium partners|joint bid|joint bids|joint bidding|jointly bid|
bid jointly|co-bid|joint venture|jv|tender|tenders|bid|bids|bidding|joint proposal|alliance partners|
delivery member|delivery members|local member|local members|consortium member|consortium members|bid member|bid members|
共同入札|コンソーシアム|共同提案|共同受注|ジョイントベンチャー|入札|共同事業|構成員|
thành viên liên danh|thanh vien lien danh|liên danh|liên doanh|đấu thầu|cùng đấu thầu|gói thầu|dự thầu|liên minh
`),
  investor: words(`
investor|investors|investment|funding|fundraising|fund raising|raise funds|raise capital|series a|series b|seed round|seed extension|bridge round|vc|
出資|投資家|資金調達|投資|出資者|
nhà đầu tư|gọi vốn|huy động vốn|vốn đầu tư|rót vốn
`),
  distributor: words(`
distributor|distributors|reseller|resellers|sales partner|sales partners|channel partner|channel partners|
sales agent|sales agents|distribution partner|distribution partners|
販売代理店|代理店|販売パートナー|販売店|リセラー|
nhà phân phối|đại lý|đối tác phân phối|đối tác bán hàng|đại lý phân phối
`),
  startup: words(`startup|startups|start-up|start-ups|スタートアップ|ベンチャー企業|khởi nghiệp|công ty khởi nghiệp`),
  product: words(`
product|products|solution|solutions|software product|software products|製品|商材|ソリューション|プロダクト|
sản phẩm|giải pháp
`),
  partner: words(`partner|partners|partnership|パートナー|提携|協業|đối tác|hợp tác`),
};

export const LANGUAGES: Record<Lang, string[]> = {
  ja: words(
    `日本語|日本語対応|日本語能力|tiếng nhật|nihongo|jlpt|n1|n2|japanese language|japanese speaking|japanese speaker|japanese speakers|japanese-speaking`,
  ),
  en: words(`英語|英語対応|tiếng anh|english language|english speaking|english speaker|english speakers|toeic|ielts`),
  vi: words(`ベトナム語|tiếng việt|vietnamese language|vietnamese speaking|vietnamese speakers`),
};

export const NATIONALITY: Record<Lang, string[]> = {
  ja: words(`japanese`),
  en: words(`english`),
  vi: words(`vietnamese`),
};

/** Words around "Japanese" that make it a language ("in Japanese", "Japanese skills"), not a nationality. */
export const LANGUAGE_CONTEXT = words(`
in|speak|speaks|speaking|spoken|read|reads|write|writes|understand|fluent|fluency|native|business level|business-level|conversational|bilingual|skill|
skills|communication|communicate|proficiency|proficient|ability|level|capability|speaker|speakers|language|
ui|user interface|interface|manual|manuals|user manual|documentation|version|localized|localised|support|menus|screens|
`);

export const CERTIFICATIONS: { cert: Cert; level?: number; phrases: string[] }[] = [
  {
    cert: "ISO27001",
    phrases: words(
      `iso 27001|iso27001|iso/iec 27001|iso iec 27001|isms|isms認証|iso27001認証|information security certification|security certification|chứng chỉ bảo mật|chứng nhận bảo mật|chứng chỉ an toàn thông tin|セキュリティ認証|情報セキュリティ認証`,
    ),
  },
  { cert: "ISO9001", phrases: words(`iso 9001|iso9001|qms certification|iso9001認証`) },
  { cert: "ISO14001", phrases: words(`iso 14001|iso14001|ems認証`) },
  {
    cert: "PRIVACY_MARK",
    phrases: words(`privacy mark|privacymark|p-mark|pmark|pマーク|プライバシーマーク`),
  },
  {
    cert: "CMMI",
    level: 5,
    phrases: words(`cmmi 5|cmmi5|cmmi level 5|cmmi ml5|cmmi-dev 5|cmmi レベル5|cmmi cấp 5|cmmi cấp độ 5`),
  },
  { cert: "CMMI", level: 4, phrases: words(`cmmi 4|cmmi4|cmmi level 4|cmmi ml4|cmmi レベル4|cmmi cấp 4`) },
  {
    cert: "CMMI",
    level: 3,
    phrases: words(
      `cmmi 3|cmmi3|cmmi level 3|cmmi ml3|cmmi-dev 3|cmmi レベル3|cmmi cấp 3|cmmi cấp độ 3|cmmi level 3+|cmmi 3+`,
    ),
  },
  { cert: "CMMI", phrases: words(`cmmi`) },
  { cert: "ASPICE", phrases: words(`aspice|a-spice|automotive spice|automotive-spice|オートモーティブspice`) },
  {
    cert: "FUNCTIONAL_SAFETY",
    phrases: words(
      `iso 26262|iso26262|iso-26262|iec 61508|iec61508|functional safety|機能安全|an toàn chức năng|an toan chuc nang|asil|asil-b|asil-c|asil-d|asil b|asil c|asil d`,
    ),
  },
  { cert: "IATF16949", phrases: words(`iatf 16949|iatf16949|iatf|iso/ts 16949|ts 16949|ts16949`) },
  { cert: "ISO13485", phrases: words(`iso 13485|iso13485|en iso 13485|iso 13485:2016`) },
  { cert: "PCI_DSS", phrases: words(`pci dss|pci-dss|pcidss|pci dss準拠|pci compliance|pci compliant`) },
  { cert: "SOC2", phrases: words(`soc 2|soc2|soc 2 type ii|soc 2 type 2|soc2 type2|soc2 type ii`) },
  { cert: "ISO17100", phrases: words(`iso 17100|iso17100|iso 17100:2015`) },
  {
    cert: "FOOD_SAFETY",
    phrases: words(`haccp|iso 22000|iso22000|fssc 22000|fssc22000|brcgs|brc food|sqf`),
  },
  { cert: "GLOBALGAP", phrases: words(`globalgap|global gap|global g.a.p|global g.a.p.|globalg.a.p.|globalg.a.p`) },
  { cert: "HALAL", phrases: words(`halal|ハラール|ハラル認証|chứng nhận halal`) },

  { cert: "GMP", phrases: words(`gmp|gmp認証|gmp-who|who-gmp|eu-gmp|gmp certified|gmp certification`) },
  { cert: "ISO20000", phrases: words(`iso 20000|iso20000|iso/iec 20000|iso 20000-1`) },
  // The German automotive industry's information-security assessment, asked of offshore sites by its suppliers.
  { cert: "TISAX", phrases: words(`tisax|tisax al2|tisax al3|tisax level 2|tisax level 3|tisax認証|chứng nhận tisax`) },
];

/** Countries and regions (ISO codes; ASEAN, EU as regions), with their cities where a firm might say "Bangkok". */
export const PLACES: Record<string, string[]> = {
  JP: words(
    `japan|日本|日本国内|nhật bản|tại nhật|ở nhật|sang nhật|phía nhật|doanh nghiệp nhật|khách hàng nhật|công ty nhật|thị trường nhật|tokyo|東京|osaka|大阪|nagoya|名古屋|fukuoka|福岡|yokohama|横浜|kyoto|京都|sendai|仙台|sapporo|札幌|kobe|神戸|首都圏|関西|hiroshima|広島|kanazawa|金沢|niigata|新潟|kumamoto|熊本|okinawa|沖縄|hokkaido|北海道|tohoku|東北|kyushu|九州|hokuriku|北陸|chiba|千葉|saitama|埼玉|kanagawa|神奈川|shizuoka|静岡|hamamatsu|浜松|aichi|愛知|nagano|長野|toyama|富山|okayama|岡山|shikoku|四国|chubu|中部|kansai|kanto|関東`,
  ),
  VN: words(
    `vietnam|viet nam|ベトナム|việt nam|hanoi|ha noi|hà nội|ハノイ|ho chi minh|ho chi minh city|hcmc|saigon|sài gòn|tp hcm|tp.hcm|hồ chí minh|ホーチミン|da nang|đà nẵng|ダナン|hue|huế|hai phong|hải phòng|can tho|cần thơ|ハイフォン|ビンズオン|binh duong|bình dương|dong nai|đồng nai|ドンナイ|bac ninh|bắc ninh|バクニン|tỉnh long an|long an province|ロンアン|hung yen|hưng yên|フンイエン|vinh phuc|vĩnh phúc|hai duong|hải dương|thai nguyen|thái nguyên|nha trang|quy nhon|quy nhơn|vung tau|vũng tàu|bien hoa|biên hòa|ベトナム北部|ベトナム南部|miền nam|miền bắc|miền trung`,
  ),
  TH: words(`thailand|thai|タイ|タイ国|thái lan|bangkok|バンコク|băng cốc`),
  SG: words(`singapore|シンガポール|singapo|xin-ga-po`),
  ID: words(`indonesia|インドネシア|jakarta|ジャカルタ`),
  MY: words(`malaysia|マレーシア|kuala lumpur|クアラルンプール|mã lai`),
  PH: words(`philippines|フィリピン|philippin|manila|マニラ`),
  MM: words(`myanmar|ミャンマー|yangon`),
  KH: words(`cambodia|カンボジア|campuchia|phnom penh`),
  LA: words(
    `laos|ラオス|nước lào|tại lào|ở lào|sang lào|thị trường lào|và lào|lào và|việt nam lào|lào campuchia|campuchia lào|thái lan lào|lào thái lan|myanmar lào|vientiane|viêng chăn`,
  ),
  US: words(`united states|usa|u.s.|us market|america|アメリカ|米国|北米|north america|mỹ|hoa kỳ|silicon valley`),
  EU: words(
    `europe|eu|european|ヨーロッパ|欧州|châu âu|germany|ドイツ|đức|france|フランス|pháp|uk|united kingdom|イギリス|anh quốc|netherlands|オランダ`,
  ),
  KR: words(`korea|south korea|韓国|hàn quốc|seoul`),
  CN: words(`china|中国|trung quốc|shanghai|上海|shenzhen|深圳`),
  TW: words(`taiwan|台湾|đài loan`),
  AU: words(`australia|オーストラリア|úc|sydney|melbourne`),
  IN: words(`india|インド|ấn độ|bangalore|bengaluru`),
  ASEAN: words(`asean|東南アジア|southeast asia|south east asia|đông nam á|アセアン`),
};

/** A holding company or a parent: words of presence (PRESENCE), read apart where they are the firm's own (read-text.ts). */
export const HOLDING_WORDS = words(`holding company|holdco|parent company|持株会社|親会社|công ty mẹ|cong ty me`);

export const PRESENCE = words(`
office|offices|branch|branches|subsidiary|subsidiaries|entity|local entity|legal entity|base|bases|presence|present in|
headquartered|headquarters|hq|located in|based in|team in|engineers in|operations in|representative office|be registered in|must be registered in|companies registered in|company registered in|firms registered in|legally registered in|incorporated in|đăng ký kinh doanh tại|登記|
delivery centre|delivery center|delivery centres|delivery centers|development centre|development center|
開発センター|デリバリーセンター|trung tâm phát triển|trung tâm giao hàng|
拠点|支社|支店|事務所|現地法人|日本法人|ベトナム法人|タイ法人|法人|子会社|営業所|オフィス|本社|駐在|現地拠点|
chi nhánh|văn phòng|công ty con|pháp nhân|trụ sở|hiện diện|đặt tại|văn phòng đại diện|có mặt tại|đội hỗ trợ|đội ngũ tại|
hỗ trợ tại chỗ|ho tro tai cho|doi ho tro|van phong|chi nhanh|phap nhan|thường trú tại|thuong tru tai|thường trú ở|thuong tru o|engineers residing in|engineers stationed in|resident engineers|engineers resident|engineers based in|現地サポート|サポート拠点|support team in|local support team|
xuất xứ|xuat xu|nguồn gốc xuất xứ|made in|country of origin|原産国|原産|
${HOLDING_WORDS.join("|")}
`);

export const ONSITE = words(`
onsite|on-site|on site|at client site|at the client's site|dispatch|dispatched|relocate|
常駐|客先常駐|オンサイト|現地常駐|来日|日本常駐|出張|
勤務|国内勤務|work in japan|working in japan|engineers can travel to japan|engineers travel to japan|brse can travel to japan|
brse travel to japan|kỹ sư có thể đi công tác nhật|kỹ sư đi công tác nhật|cử kỹ sư đi công tác nhật|ky su co the di cong tac nhat|ky su di cong tac nhat|
làm việc tại nhật|thường trú tại nhật|thuong tru tai nhat|onsite tại nhật|sang nhật|cử kỹ sư sang|làm việc onsite|biệt phái
`);

export const PEOPLE = words(`
engineer|engineers|developer|developers|people|person|persons|staff|employees|employee|members|member|headcount|fte|
ftes|programmers|testers|specialists|consultants|modellers|modelers|artists|designers|animators|operators|agents|
annotators|translators|analysts|architects|seats|席|人|名|名分|人分|人月|người|kỹ sư|nhân viên|lập trình viên|nhân sự|thành viên|
kỹ thuật viên|chuyên viên|họa sĩ|designer|tester
`);

export const SCALE = words(`team of|a team of|規模|体制|名規模|人規模|đội ngũ|quy mô|team size`);

/** Getting a certification (consulting for it), not holding or requiring it. */
export const CERTIFICATION_GOAL = words(`
obtain|obtaining|get certified|achieve|achieving|must reach aspice|must reach automotive spice|must reach cmmi|reach aspice|reach cmmi|prepare for|preparation for|acquire|pass the audit|planned|is planned|
plan to|planning to|in progress|underway|under way|pending|working toward|working towards|not yet|
preparing for|is scheduled|are scheduled|scheduled for|aiming for|aiming at|targeting|applying for|will obtain|to be obtained|expected next year|
予定|準備中|申請中|取得中|取得準備|đang chuẩn bị|đang xin|đang trong quá trình|sắp đạt|
取得したい|取得支援|取得を目指|認証取得支援|取得予定|取得に向け|
để đạt|nhằm đạt|muốn đạt|mục tiêu đạt|để đạt được|nhằm đạt được|lấy|xin|chuẩn bị|dự kiến đạt|hướng tới đạt|de dat|du kien dat|
đang triển khai|đang áp dụng|dự kiến có|dự kiến nhận|dự kiến được cấp|du kien nhan|expected by|expected in|in the process of|取得見込み|取得見込|構築中
`);

/** Plain-word intents in the CSV's `intents` column and in forms, in any of the three languages. */
export const INTENT_WORDS: Record<Intent, string[]> = {
  clients: words(`clients|client|customers|customer|buyers|顧客|クライアント|khách hàng`),
  subcontractors: words(
    `subcontractors|subcontractor|suppliers|supplier|vendors|vendor|outsourcing|委託先|外注先|ベンダー|nhà cung cấp|nhà thầu phụ|đơn vị gia công`,
  ),
  capacity: words(`capacity partners|capacity partner|capacity|リソースパートナー|nguồn lực|đối tác năng lực`),
  consortium: words(
    `consortium partners|consortium partner|consortium|joint bid|コンソーシアム|共同入札|liên danh|đối tác liên danh`,
  ),
  investors: words(`investors|investor|investment|funding|投資家|出資|nhà đầu tư|đầu tư`),
  distributors: words(`distributors|distributor|resellers|reseller|販売代理店|代理店|nhà phân phối|đại lý`),
};

/** "appoint us as distributor", "trở thành nhà phân phối", "販売代理店になりたい": the firm would be that role. */
export const SELF_ROLE = words(`
us as|appoint us|become|becoming|to be a|act as our|acting as|act as a|act as an|serve as|serving as|
trở thành|được làm|làm đại lý|làm đối tác|làm nhà phân phối|làm đơn vị phân phối|đóng vai trò|act as their|act as your|になりたい|になる|として|を務め
`);

/** Hiring people ("hire 10 Java engineers", エンジニアを採用したい): a need for recruitment or placement. */
export const HIRING = words(`hire|hiring|recruit|recruiting|employ|採用|採用したい|雇用|tuyển|tuyển dụng|tuyển thêm`);
