// What hurts, read as what would fix it. Firms outside IT say their need as a symptom ("在庫が合わない", "tồn kho
// trên sổ sách không khớp với thực tế", "we lose track of maintenance"), with none of the words a vendor uses for
// its product; an organizer hears "inventory system". Each pain names the capability that treats it, so a clinic
// whose patients wait at reception meets the vendor of queue and booking apps without a shared word.
//
// Patterns run on the statement lower-cased and folded (Vietnamese without its marks, đ as d), so one spelling
// covers writers who type with and without diacritics. They are symptoms in three languages, kept broad enough to
// cover how people say them and narrow enough that a vendor's description of its product does not trip them (a
// vendor's own words for its product are the taxonomy's synonyms, read elsewhere).
import { foldMarks, normalizeText } from "./statement";

type Pain = { codes: string[]; pattern: RegExp };

/** A symptom, in any of the three languages, and the capabilities that treat it. */
const PAINS: Pain[] = [
  // Stock that does not match, runs out, expires unseen; picking that wastes time.
  {
    codes: ["scm-logistics"],
    pattern:
      /在庫.{0,8}(?:合わ|ずれ|ズレ|差異|不一致|把握でき|わから|分から|見えな|過剰|切れ)|棚卸.{0,12}(?:差異|合わ|数え直|止め|手作業|時間)|欠品が|品切れが|誤出荷|出庫伝票|入出庫.{0,10}(?:紙|手書き)|phieu (?:xuat|nhap) kho.{0,10}giay|出荷ミス|ピッキング.{0,10}(?:時間|ミス|歩)|(?:ton kho|hang ton|so sach kho).{0,40}(?:khong khop|sai lech|chenh lech|khong biet|khong nam|het han|that thoat)|het (?:hang )?tren ke|(?:thuoc|hang|san pham) het han.{0,20}(?:trong kho|khong ai biet|khong biet)|(?:vat tu|hang hoa|nguyen lieu).{0,30}(?:that thoat|that lac|bi mat|khong khop)|kiem kho.{0,20}(?:mat|thu cong|sai)|(?:stock|inventory|inventories)\b.{0,40}\b(?:never|doesn't|does not|don't|do not|won't|rarely|not)\s+(?:match|matches|reconcile|add up|tally)|(?:stock|inventory)[- ]?(?:outs?|mismatch|discrepanc)|out of stock|(?:shelves|shelf) (?:are |go |run )?empty|count (?:stock|inventory) differently|expired (?:stock|goods|products|medicines?|drugs)|(?:pickers?|picking)\b.{0,40}\b(?:walk|errors?|mistakes?|slow)|wrong items? (?:shipped|sent|picked)/u,
  },
  // Deliveries late or untracked, dispatch in one veteran's head, drivers' hours.
  {
    codes: ["transport-management"],
    pattern:
      /配車.{0,20}(?:属人|頭の中|ベテラン|手作業|ホワイトボード|紙|エクセル|excel)|ドライバー.{0,12}(?:残業|労働時間|不足)|2024年問題|いつ着く|到着時間.{0,10}(?:問い合わせ|電話)|遅配|配送.{0,8}(?:遅れ|遅延)|(?:giao hang|giao).{0,10}(?:cham|tre|muon|khong dung hen)|dieu phoi xe.{0,20}(?:thu cong|kinh nghiem|excel)|khong biet (?:xe|hang|don hang|tai xe).{0,20}(?:o dau|den dau|khi nao)|deliver(?:y|ies)\b.{0,30}\b(?:late|delayed|slow)|late deliver|(?:dispatch|routing|route planning|routes)\b.{0,40}\b(?:by hand|manual|in (?:his|her|one person's|someone's|a veteran's) head|whiteboard|spreadsheet|excel)|where (?:is|are) (?:my|the|our|their) (?:order|truck|shipment|delivery|parcel)|(?:eta|arrival time)s?\b.{0,30}\b(?:calls?|ask)|drivers?'? (?:overtime|working hours)/u,
  },
  // Patients kept waiting, paper charts lost between wards, referrals by fax, lab results slow.
  {
    codes: ["hospital-systems"],
    pattern:
      /(?:患者|外来|診察|会計).{0,12}(?:待ち時間|待たせ|待つ|混雑)|カルテ.{0,8}(?:紙|手書き|紛失)|紹介状.{0,12}(?:fax|ファックス|ファクス|郵送)|検査結果.{0,12}(?:遅|待)|(?:benh nhan|nguoi benh).{0,30}(?:phai cho|cho doi|cho lau|xep hang)|(?:ho so|benh an).{0,20}(?:giay).{0,30}(?:that lac|mat|di lai|chuyen)|(?:ho so|benh an) giay|ket qua xet nghiem.{0,20}(?:cham|lau|cho)|(?:cho|doi).{0,20}ket qua xet nghiem|patients?\b.{0,40}\b(?:wait|waiting|queue)|referrals?\b.{0,50}\bfax|(?:paper|handwritten) (?:charts?|medical records?|patient records?)|lab results?\b.{0,20}\b(?:slow|late|take|wait)/u,
  },
  // Care records written by hand, night rounds on foot.
  {
    codes: ["elderly-care"],
    pattern:
      /介護記録.{0,10}(?:手書き|紙|転記)|夜間.{0,10}(?:巡回|見回り|見守り)|(?:care|nursing) (?:records?|notes?|logs?)\b.{0,20}\b(?:by hand|on paper|handwritten|retyp)|night rounds?|(?:ghi chep|ho so) cham soc.{0,20}(?:giay|viet tay)/u,
  },
  // Bookings on paper or by phone, double bookings, queues at the desk, slow check-in.
  {
    codes: ["booking-systems"],
    pattern:
      /予約.{0,10}(?:台帳|紙|電話のみ|手書き)|ダブルブッキング|受付.{0,12}(?:行列|混雑|待ち)|順番待ち|(?:dat lich|dat phong|dat cho|dat ban).{0,20}(?:giay|so tay|dien thoai|thu cong|bi trung|trung lich)|trung lich|xep hang.{0,10}(?:lau|dai)|double[- ]?book|(?:bookings?|reservations?)\b.{0,20}\b(?:on paper|by phone|in a (?:book|ledger|notebook)|paper ledger|spreadsheet)|(?:slow|long) check[- ]?in|check[- ]?in\b.{0,20}\b(?:slow|queue|wait)|(?:wait|waits|waiting|queue|queues)\b.{0,30}\b(?:at (?:the )?(?:reception|front desk|counter))/u,
  },
  // Machines, animals, ponds and cold rooms nobody watches: found too late.
  {
    codes: ["iot-platforms"],
    pattern:
      /(?:機械|設備|ライン|装置).{0,10}(?:止ま|停止|故障).{0,20}(?:気づ|分から|わから|翌朝|朝まで)|(?:稼働状況|稼働率).{0,20}(?:分から|わから|見えな|把握でき)|温度.{0,6}(?:記録|管理|ログ).{0,10}(?:紙|手書き|紛失|なくな|残って(?:い)?な|残らな|取れて(?:い)?な)|(?:khong co|thieu) (?:du lieu|ban ghi|nhat ky) nhiet do|(?:may|thiet bi|day chuyen).{0,12}(?:dung|hong|su co|ngung).{0,30}(?:khong biet|sang hom sau|khong phat hien|moi biet)|oxy (?:trong ao|giam)|(?:nhiet do).{0,20}(?:ghi tay|ghi so|giay|bi mat|khong kiem soat)|(?:machines?|equipment|lines?|pumps?)\b.{0,20}\b(?:stops?|stopped|break down|breaks down|fails?|failed)\b.{0,40}\b(?:notice|find out|know|next morning)|temperature (?:logs?|records?|readings?)\b.{0,30}\b(?:lost|go missing|on paper|by hand|missing)|(?:reefers?|cold rooms?|freezers?)\b.{0,40}\b(?:switch(?:ed)? off|turned off|too warm)|(?:sick|ill|lame) (?:cows?|cattle|animals?|pigs?|livestock)|oxygen\b.{0,20}\b(?:drops?|levels?)/u,
  },
  // Production planned in a spreadsheet, redone by hand at every change: a production scheduler (the MES family).
  {
    codes: ["mes"],
    pattern:
      /(?:生産計画|生産スケジュール|日程計画).{0,20}(?:(?:excel|エクセル)で|手作業|組み直し|作り直し)|(?:excel|エクセル)で(?:やって|作って|管理して|立てて|組んで)(?:い)?る(?:生産計画|生産スケジュール|日程計画)|ke hoach (?:san xuat|chuyen(?: may)?).{0,30}(?:(?:lap|lam|quan ly|tinh) (?:bang|tren) excel|thu cong|lam lai)|production (?:plans?|planning|schedul\w*)\b.{0,30}\b(?:(?:in|on|with) (?:excel|spreadsheets?)|by hand|manually)/u,
  },
  // Parts carried between processes by people: automated transport (AGVs, AMRs).
  {
    codes: ["robotics"],
    pattern:
      /工程間.{0,10}(?:部品|資材|仕掛品)?の?(?:運搬|搬送)|(?:部品|資材|仕掛品)(?:の)?(?:運搬|搬送).{0,20}(?:\d+\s*名|人手|人力|自動化)|van chuyen (?:linh kien|hang|nguyen lieu|ban thanh pham) giua cac (?:cong doan|xuong|chuyen)|(?:carry|carrying|moving|move) (?:parts|materials|work in progress)\b.{0,20}\bbetween (?:processes|lines|stations)/u,
  },
  // Electricity that costs too much: power of its own (rooftop solar) or less of it.
  {
    codes: ["renewable-energy", "energy-management"],
    pattern:
      /電気(?:料金|代).{0,12}(?:値上が|高い|高く|上が|負担)|電力(?:コスト|料金|費).{0,12}(?:値上が|高い|高く|上が|負担)|(?:chi phi|tien) dien.{0,20}(?:cao|tang|lon)|(?:electricity|power|energy) (?:costs?|bills?|prices?)\b.{0,20}\b(?:(?:is|are) (?:high|rising|too high|a (?:big )?problem|big problem)|keeps? rising|went up|have risen)|(?:reduce|cut|lower) our (?:electricity|power|energy) (?:costs?|bills?)/u,
  },
  // Harvests, animals and ponds read by guesswork.
  {
    codes: ["smart-agriculture"],
    pattern:
      /収穫.{0,8}(?:予測|見込み).{0,10}(?:勘|経験|できな|難し)|(?:農作業|作業|防除|栽培).{0,4}(?:記録|日誌).{0,12}(?:紙|手書き)|(?:tom|ca|vat nuoi|heo|bo).{0,6}chet (?:hang loat|nhieu)|(?:sick|ill) (?:cows?|cattle|animals?|livestock)|harvest\b.{0,20}\b(?:forecast|predict|guess)\w*\b.{0,20}\b(?:gut|guess|experience|by eye)|(?:farm|field|spray) (?:records?|logs?|diar(?:y|ies))\b.{0,20}\b(?:paper|by hand|handwritten)|du bao san luong.{0,20}(?:kinh nghiem|cam tinh)/u,
  },
  // Goods returned or refused because where they came from cannot be shown: a need of origin traceability.
  {
    codes: ["smart-agriculture"],
    pattern:
      /(?:養殖|漁獲|産地|生産|原産地|栽培|収穫)(?:・(?:養殖|漁獲|産地|生産|栽培|収穫))*の?(?:記録|履歴|証明)(?:書類)?.{0,8}(?:不備|不足|欠け|ない|なく|揃って(?:い)?な|揃わ)|(?:thieu|khong co|khong du) (?:ho so|thong tin|giay to) (?:truy xuat|nguon goc)|bi tra (?:ve|lai).{0,40}(?:nguon goc|truy xuat)|(?:nguon goc|truy xuat).{0,40}bi tra (?:ve|lai)|(?:returned|rejected|refused)\b.{0,60}\b(?:origin|traceability|catch|farm|harvest) (?:records?|data|documents?)|(?:origin|catch|farm|harvest) (?:records?|documents?)\b.{0,30}\b(?:incomplete|missing|lacking)|cannot (?:trace|prove) (?:the |their |its )?origin/u,
  },
  // Machines whose running and stops nobody sees, and production reports written by hand: what a production
  // monitoring system (MES with machine data) collects.
  {
    codes: ["mes", "iot-platforms"],
    pattern:
      /稼働(?:状況|率|状態).{0,10}(?:見えて(?:い)?な|分かって(?:い)?な|わかって(?:い)?な|つかめて(?:い)?な)|(?:止まって(?:いる)?|停止(?:している)?)時間.{0,16}(?:理由|原因)|(?:生産|製造)(?:実績)?の?(?:手書き|紙)(?:の)?日報|(?:生産|製造)(?:実績)?の?日報.{0,8}(?:手書き|紙)|(?:downtime|machine stops?)\b.{0,30}\b(?:nobody|no one|not)\b.{0,12}\b(?:knows?|records?|tracked|see)|(?:thoi gian dung may|may dung).{0,30}(?:khong biet|khong ghi|khong ro)/u,
  },
  // Records of a site or kitchen kept on paper, to be kept on tablets: a small business app.
  {
    codes: ["low-code"],
    pattern:
      /(?:記録|点検表|チェックシート|チェック表|帳票|日誌).{0,12}(?:紙|手書き).{0,40}(?:タブレット|スマホ|アプリ|電子化|デジタル化)|(?:ghi chep|so sach|phieu kiem tra).{0,20}(?:giay|viet tay).{0,40}(?:may tinh bang|tablet|dien thoai|ung dung)|(?:checklists?|logs?|records?)\b.{0,20}\bon paper\b.{0,40}\b(?:tablets?|phones?|an app)/u,
  },
  // Defects and foreign matter people miss when they look by eye: what automated visual inspection finds.
  {
    codes: ["visual-inspection"],
    pattern:
      /(?:目視|人の目|検査員).{0,24}(?:見逃し|見落とし|限界|負担|ばらつき|頼って|頼り)|(?:不良|不良品|キズ|傷|巣穴|打痕|異物|欠け|汚れ).{0,12}(?:の)?(?:見逃し|見落とし)|(?:キズ|傷|巣穴|打痕|異物|欠け|汚れ|不良)[^。]{0,16}(?:を)?自動で(?:見つけ|検出|検知|判定)|(?:骨|異物|ビニール片|金属片|毛髪|虫).{0,16}混入|(?:inspectors?|workers|people|staff)\b.{0,30}\b(?:check|inspect|look)\w*\b.{0,20}\bby eye\b|(?:check|inspect)\w* (?:each|every|all)? ?(?:parts?|products?|items?)? ?by eye|\b(?:miss|missed|missing)\b.{0,20}\b(?:defects|scratches|dents|foreign (?:matter|objects|bodies))|(?:automatic|automated) detection of (?:scratches|dents|defects|cracks|foreign)|kiem tra bang mat|(?:bo sot|lot) (?:loi|hang loi|san pham loi)|(?:di vat|xuong|manh nhua).{0,20}(?:lan vao|lot vao)/u,
  },
  // Calls nobody listens to: complaints found late, operators rated by ear.
  {
    codes: ["speech-ai"],
    pattern:
      /(?:通話|録音|応対)[^。]{0,20}(?:テキスト化|文字起こし|文字化|書き起こし)|(?:通話|録音).{0,30}(?:一部|しか)(?:の録音)?.{0,10}(?:聞いて|聴いて)|(?:応対品質|通話品質).{0,12}(?:評価|採点|チェック|スコア)|(?:call|calls|recordings)\b.{0,30}\b(?:nobody|no one|only a few|a sample)\b.{0,20}\b(?:listens?|reviewed|checked)|(?:score|rate|evaluate)\w* (?:each |every )?(?:operators?|agents?) automatically|(?:ghi am|cuoc goi).{0,30}(?:khong ai nghe|nghe lai thu cong|chi nghe mot phan)/u,
  },
  // Flooded areas found too slowly after a disaster; crop losses surveyed on foot.
  {
    codes: ["remote-sensing"],
    pattern:
      /(?:浸水|冠水|被災)(?:した)?(?:エリア|地域|範囲|状況)?.{0,24}(?:特定|把握|確認)(?:に時間|が遅|を早く|したい|できな)|(?:どの地域|どこ)が(?:どの程度)?(?:浸水|冠水|被災)|(?:flood(?:ed)?|inundat\w*)\b.{0,30}\b(?:areas?|extent)\b.{0,30}\b(?:slow|days|weeks|quickly|faster)|(?:vung ngap|vung bi lu).{0,30}(?:cham|mat nhieu ngay|nhanh hon)/u,
  },
  // A cloud bill that keeps growing: a need of cost optimisation, not of a new system.
  {
    codes: ["finops"],
    pattern:
      /(?:aws|azure|gcp|cloud|クラウド)\s*(?:の)?\s*(?:bill|bills|costs?|spend|spending|invoice|費用|利用料|料金|コスト|請求).{0,40}(?:grew|grown|growing|rising|rose|doubl|too high|increas|cut|reduc|lower|増え|増加|高(?:い|すぎ|騰)|膨ら|削減|下げ)|(?:chi phi|hoa don) (?:aws|azure|cloud|dam may).{0,30}(?:tang|cao|giam|cat giam)/u,
  },
  // Nobody knows which order or part is at which step of the shop floor.
  {
    codes: ["mes"],
    pattern:
      /どの(?:品物|製品|部品|ロット|注文|品|仕事|案件)が.{0,12}どの工程|(?:進捗|仕掛(?:かり)?品?).{0,10}(?:見えな|見えて(?:い)?な|分から|わから|把握でき)|(?:which|what) (?:order|job|part|lot|item)s? (?:is|are) at which (?:step|process|station)|(?:don hang|lo hang|san pham) dang o cong doan nao/u,
  },
  // A site or an app to be offered in other languages: localisation.
  {
    codes: ["translation-localization"],
    pattern:
      /(?:サイト|ホームページ|hp|アプリ|システム|メニュー|案内)を(?:英語|中国語|韓国語|ベトナム語|タイ語|多言語)[^。]{0,24}(?:対応させ|対応し|に翻訳|化し)|(?:website|site|app|menu)\b.{0,20}\bin (?:english|chinese|korean|vietnamese|thai)(?:,? (?:and|or) (?:english|chinese|korean|vietnamese|thai|traditional chinese))+/u,
  },
  // Production planned in spreadsheets, lines and defects nobody can trace.
  {
    codes: ["mes"],
    pattern:
      /生産計画.{0,10}(?:エクセル|excel|手作業|紙|属人)|(?:ライン|工程).{0,10}(?:遅れ|状況|進捗).{0,10}(?:分から|わから|見えな|把握でき)|不良.{0,12}(?:どの工程|原因).{0,10}(?:分から|わから|特定でき)|ke hoach san xuat.{0,30}(?:excel|thu cong|giay|mat)|(?:chuyen|day chuyen|cong doan).{0,20}(?:cham|tre).{0,30}(?:khong biet|cuoi ca)|khong biet (?:loi|chuyen nao|cong doan nao)|tra hang.{0,40}cong doan|production (?:plans?|planning|schedules?)\b.{0,30}\b(?:excel|spreadsheets?|by hand|manual|whiteboard)|which (?:line|station|shift|process)\b.{0,20}\b(?:slow|behind|late|caused)|(?:defects?|returns?)\b.{0,40}\b(?:which|what) (?:process|step|station|line)/u,
  },
  // Numbers nobody sees until the quarter ends; spreadsheets everywhere.
  {
    codes: ["data-engineering"],
    pattern:
      /(?:売上|実績|数字|データ).{0,10}(?:集計|把握).{0,10}(?:手作業|時間がかか|遅|できな|エクセル)|エクセル.{0,10}(?:バラバラ|散在|乱立)|khong biet (?:cua hang|chi nhanh|san pham|mat hang).{0,20}(?:lo|lai)|bao cao.{0,20}(?:cuoi quy|cuoi thang).{0,10}(?:moi biet)?|(?:so lieu|du lieu).{0,20}(?:rai rac|thu cong|nhieu file excel)|\d+ (?:separate |different )?spreadsheets|spreadsheets?\b.{0,20}\b(?:scattered|everywhere|separate)|(?:don't|do not|cannot|can't) (?:know|see) which (?:stores?|branch(?:es)?|products?|sites?)\b.{0,20}\b(?:los|profit)|until the (?:end of the )?(?:quarter|month)(?:ly)? report/u,
  },
  // Orders, forecasts and waste by gut feeling.
  {
    codes: ["machine-learning"],
    pattern:
      /(?:需要|発注|仕入|売上|来客).{0,6}予測.{0,10}(?:勘|経験|属人|できな|難し)|勘(?:頼み|に頼)|経験と勘|廃棄.{0,8}(?:ロス|多|減らし)|食品ロス|(?:nhap hang|dat hang|du bao).{0,20}theo (?:kinh nghiem|cam tinh|cam giac)|(?:forecast|ordering|orders|planning)\w*\b.{0,20}\b(?:by gut|on gut|gut feel|guesswork|by experience)|throw away (?:food|stock|products|goods)|food waste|(?:waste|spoilage)\b.{0,12}\d+ ?%/u,
  },
  // Handwritten forms typed in again.
  {
    codes: ["ai-ocr"],
    pattern:
      /手書き.{0,20}(?:転記|入力|打ち直)|(?:転記|打ち直し|手入力).{0,10}(?:時間|負担|ミス)|(?:fax|ファックス|ファクス).{0,10}(?:入力|転記)|紙の(?:申込書|申請書|帳票|伝票|書類|注文書|用紙|請求書).{0,12}(?:入力|転記)|(?:入力|転記)(?:作業)?(?:に|で)(?:毎月|毎日|月|年間|1日)?約?\d+時間|(?:nhap lai|go lai|danh may lai).{0,30}(?:giay|phieu|ho so|viet tay)|(?:phieu|to khai|don|ho so) viet tay|retyp\w*|re-?key\w*|re-?enter\w*\b.{0,20}\b(?:paper|forms?|handwritten)|handwritten (?:forms?|claims?|claim forms?|slips?|applications?|invoices?)/u,
  },
  // Old files scanned or kept with no names or index, to be made searchable.
  {
    codes: ["data-entry"],
    pattern:
      /(?:ファイル名|索引|インデックス).{0,8}(?:なく|ない|ありません|付いていない)|検索できる(?:ように|よう)(?:整理|データ化)|(?:scanned|old) (?:files|documents|archives?)\b.{0,40}\b(?:no (?:names?|index)|unindexed|not searchable)|(?:tai lieu|ho so) (?:cu|giay).{0,30}(?:khong (?:tim|tra cuu) duoc|chua so hoa)/u,
  },
  // Calls and enquiries that swamp the staff.
  {
    codes: ["contact-center"],
    pattern:
      /(?:問い合わせ|問合せ|電話).{0,15}(?:集中|追いつか|対応しきれ|パンク|鳴りやま|鳴り止ま|追われ)|(?:cuoc goi|dien thoai|tin nhan|cau hoi).{0,20}(?:qua tai|khong kip|ton dong|qua nhieu)|khong (?:tra loi|nghe may) kip|(?:calls?|phone calls?|enquiries|inquiries|emails?|messages)\b.{0,30}\b(?:pile up|overwhelm\w*|backlog|unanswered|swamp\w*)|can(?:'t|not) keep up with (?:calls|the calls|emails|enquiries|inquiries|messages)|(?:nearly |about |almost )?(?:a )?hundred (?:calls|phone calls) a day/u,
  },
  // Visitors, residents and guests who cannot read what they are told.
  {
    codes: ["translation-localization"],
    pattern:
      /(?:外国人|外国籍|訪日|インバウンド|海外).{0,20}(?:届かな|伝わらな|読めな|わからな|分からな|返信が追いつか)|(?:英語|中国語|韓国語|ベトナム語|外国語).{0,10}(?:問い合わせ|メール).{0,10}(?:追いつか|対応でき|困)|(?:khach|du khach|nguoi nuoc ngoai).{0,40}(?:khong tim duoc thong tin|khong doc duoc|khong hieu).{0,30}(?:tieng)?|bang tieng cua ho|(?:foreign (?:residents|visitors|guests|tourists|workers)|tourists|visitors)\b.{0,40}\b(?:miss|can't read|cannot read|don't understand|do not understand|in their (?:own )?language)/u,
  },
  // Parents reached by phone and printouts; grades in spreadsheets.
  {
    codes: ["edtech"],
    pattern:
      /(?:保護者).{0,12}(?:連絡|お知らせ).{0,12}(?:電話|プリント|紙)|欠席連絡.{0,10}(?:電話)|成績.{0,10}(?:エクセル|紙)|(?:phu huynh).{0,30}(?:goi dien|giay|so lien lac)|(?:diem|bang diem).{0,20}(?:excel|so tay|giay)|parents?\b.{0,70}\b(?:by phone|by hand|printouts?|paper notes?|by hand)|(?:grades|marks)\b.{0,30}\b(?:spreadsheets?|on paper|by hand)/u,
  },
  // Staff to train and no way to do it: a new plant's 200 workers, onboarding by word of mouth.
  {
    codes: ["corporate-training", "edtech"],
    pattern:
      /(?:スタッフ|従業員|社員|作業員|ワーカー|工員|新人|人材)[^。]{0,16}(?:教育|研修|育成|トレーニング)[^。]{0,6}(?:も|が)?(?:課題|大変|困|悩|追いつ|間に合わ|手が回ら|できていな|足りな)|(?:dao tao|huan luyen) (?:nhan vien|cong nhan|nhan su|lao dong|nguoi moi)[^.;]{0,30}(?:kho khan|van de|mat nhieu thoi gian|khong kip|thu cong|chua co cach)|\b(?:training|onboarding) (?:(?:of |our |new |local )*)(?:staff|workers|employees|hires|operators)\b[^.;]{0,30}\b(?:is a (?:problem|challenge|headache)|takes (?:too )?long|is hard|by word of mouth|on paper)|\bstruggl\w* to (?:train|onboard)\b/u,
  },
  // Site reports in chat photos; drawings whose latest version nobody knows.
  {
    codes: ["construction-software"],
    pattern:
      /(?:現場|施工).{0,10}(?:写真|報告|日報).{0,15}(?:line|ライン|バラバラ|紙|散在)|図面.{0,10}(?:最新|版).{0,10}(?:分から|わから)|ban ve.{0,30}(?:ban nao moi|khong biet.{0,12}moi nhat|lan lon)|cong truong.{0,30}(?:so tay|ghi tay|bao cao giay)|site (?:reports?|photos?|diar(?:y|ies))\b.{0,30}\b(?:line|whatsapp|chat|scattered|paper)|(?:drawings?|plans?)\b.{0,30}\b(?:latest|which version|old version)/u,
  },
  // Applications and certificates on paper at the counter.
  {
    codes: ["e-government"],
    pattern:
      /(?:申請書|各種証明|住民票).{0,15}(?:紙|減らし|窓口)|窓口.{0,8}(?:混雑|待ち)|(?:thu tuc|ho so) hanh chinh.{0,30}(?:giay|truc tiep|xep hang)|(?:citizens?|residents)\b.{0,30}\b(?:paper forms?|queue at|come in person)/u,
  },
  // Timesheets and payroll by hand.
  {
    codes: ["hrm-systems"],
    pattern:
      /(?:勤怠|タイムカード|シフト).{0,10}(?:紙|手作業|エクセル|集計)|給与計算.{0,10}(?:手作業|時間|ミス)|(?:cham cong|tinh luong|xep ca).{0,20}(?:giay|thu cong|excel|mat nhieu)|(?:timesheets?|payroll|shift (?:plans?|rosters?))\b.{0,30}\b(?:paper|by hand|manual|excel|spreadsheet)/u,
  },
  // Invoices and books kept by hand.
  {
    codes: ["accounting-systems"],
    pattern:
      /(?:請求書|経理|仕訳).{0,10}(?:手作業|紙|手入力|時間がかか)|(?:hoa don|so sach ke toan).{0,20}(?:giay|thu cong|excel)|(?:invoices?|bookkeeping|accounts)\b.{0,30}\b(?:by hand|on paper|manual(?:ly)?)/u,
  },
  // The same data keyed twice, copy and paste between systems, repetitive manual work.
  {
    codes: ["rpa"],
    pattern:
      /二重入力|同じ(?:データ|内容|情報).{0,10}(?:何度も|二回|2回|再)入力|コピー(?:&|＆|と)?ペースト|コピペ.{0,10}(?:作業|時間)|(?:nhap lieu|nhap) (?:hai|2) lan|cong viec lap lai|copy[- ]?past(?:e|ing)\b.{0,30}\b(?:between|from|into)|(?:enter|key|type) (?:the same data|it) (?:twice|again)|double data entry|repetitive (?:manual )?(?:tasks|work|data entry)/u,
  },
  // Attacks suffered, leaks feared.
  {
    codes: ["security"],
    pattern:
      /ランサム|ウイルス感染|情報漏洩(?:が|の)?(?:事故|心配|不安|発生)|不正アクセス(?:を|が)?(?:受け|あ)|(?:bi|da bi) (?:tan cong|hack)|ma doc|ro ri du lieu|ransomware|phishing (?:attacks?|emails?)|(?:were|was|got) hacked|data (?:breach|leak)(?:es)?\b/u,
  },
  // A website that is old, slow or unusable on phones.
  {
    codes: ["web-apps"],
    pattern:
      /(?:ホームページ|hp|ウェブサイト|サイト).{0,10}(?:古い|古く|スマホ(?:に)?(?:非)?対応して(?:い)?な|スマホ非対応|更新でき)|(?:website|site)\b.{0,20}\b(?:outdated|is old|too old|slow|not mobile|doesn't work on (?:phones|mobile))|trang web.{0,20}(?:cu ky|loi thoi|cham|khong xem duoc tren dien thoai)/u,
  },
  // Customers and leads kept in heads, cards and spreadsheets.
  {
    codes: ["crm"],
    pattern:
      /顧客(?:情報|管理|リスト).{0,10}(?:バラバラ|属人|エクセル|excel|紙|名刺)|名刺.{0,10}(?:管理でき|眠って|バラバラ)|(?:thong tin|du lieu) khach hang.{0,20}(?:rai rac|excel|so tay|moi nguoi mot noi)|(?:customer|client) (?:data|information|records|contacts|lists?)\b.{0,30}\b(?:scattered|spreadsheets?|lost|everywhere|in (?:people's|salespeople's) heads)|(?:leads|follow[- ]?ups)\b.{0,20}\b(?:get lost|are lost|slip|forgotten)/u,
  },
  // Orders that arrive by fax and phone.
  {
    codes: ["ecommerce-platforms"],
    pattern:
      /(?:受注|注文|発注).{0,10}(?:fax|ファックス|ファクス|電話)(?:で|が|と)|(?:don hang|dat hang).{0,20}(?:qua dien thoai|qua zalo|qua fax|bang fax)|orders? (?:still )?(?:come in |arrive )?by (?:fax|phone)/u,
  },
  // No way to sell or support the product where the firm wants to sell it: a distributor's or reseller's work.
  {
    codes: ["distribution"],
    pattern:
      /販路(?:が|も|は)?(?:ない|なく|ございません|ありません|を持って(?:い)?な|を持たな)|(?:販売|営業|サポート|保守)(?:・(?:販売|営業|サポート|保守))*の?(?:窓口|拠点|体制|網)(?:が|も|は)?(?:ない|なく|ございません|ありません)|代理店網(?:が|も|は)?(?:ない|なく|ございません|ありません)|(?:chua|khong) co (?:kenh (?:ban hang|phan phoi)|dai ly|nha phan phoi|doi (?:ban hang|kinh doanh))|no (?:local )?(?:sales (?:channel|network|presence|office|team)|distribution (?:channel|network)|distributors?|resellers?)\b|(?:lack|lacks|without) (?:a |any )?(?:local )?(?:sales (?:channel|network|presence)|distribution (?:channel|network)|distributors?|resellers?)\b/u,
  },
  // Customers lost or unknown, visitors falling.
  {
    codes: ["digital-marketing"],
    pattern:
      /集客.{0,10}(?:できな|困|減)|来店.{0,8}(?:減|少な)|(?:it khach|khach (?:giam|it di|vang))|(?:footfall|foot traffic|bookings|visitors)\b.{0,20}\b(?:dropp\w*|falling|fell|down)/u,
  },
];

/** A statement that is about clients' pains, not the firm's ("factories whose stock never matches"). */
const THEIR_PAIN =
  /(?:companies|firms|clients|customers|factories|manufacturers|hospitals|clinics|schools|retailers|hotels|shops|stores|operators|warehouses|farms)\s+(?:that|who|which|whose|where|with)\b|(?:doanh nghiep|cong ty|khach hang|nha may|benh vien|phong kham|truong hoc|cua hang|khach san)(?:\s+(?:tai|o|trong|thuoc)\s[^,.;:]{1,40}?)?\s+(?:dang|co|gap|bi)\b|(?:悩む|悩んでいる|お悩みの|困っている|お困りの|抱える|抱えている)[^。]{0,12}?(?:企業|会社|工場|病院|医院|お客様|事業者|施設|店舗|方|皆様)|(?:企業|会社|工場|病院|医院|お客様|事業者|施設|店舗)(?:様)?(?:向け|の方)/u;

/** Capabilities a statement's pains call for, each once. */
export function painsIn(statement: string): { code: string; phrase: string }[] {
  const text = foldMarks(normalizeText(statement));
  const found = new Map<string, string>();
  for (const { codes, pattern } of PAINS) {
    const m = pattern.exec(text);
    if (m) for (const code of codes) if (!found.has(code)) found.set(code, m[0]);
  }
  return [...found].map(([code, phrase]) => ({ code, phrase }));
}

/** Whether a statement speaks of clients' pains (which the firm treats) rather than its own. */
export function theirPain(statement: string): boolean {
  return THEIR_PAIN.test(foldMarks(normalizeText(statement)));
}
