"""How much a decoded sample reads like real text: the measures legacy-encoding detection
ranks its readings by (``encoding.ranked_candidates``).

A misreading of a legacy file decodes to valid but unlikely characters: letters of several
alphabets (Latin code pages), a jumble of scripts (CJK read as the wrong double-byte code),
or rare ideographs, private-use characters and box drawing (Korean read as GB18030).
"""

from __future__ import annotations

import logging
import re

from gptbots_planner.measure import tokens

log = logging.getLogger(__name__)

# The non-ASCII letters of the languages written with those code pages (lower case).
_ALPHABETS = (
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "áéíñóúü",  # Spanish
    "àèéìíòóù",  # Italian
    "áâãàçéêíóôõú",  # Portuguese
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "ąćęłńóśźż",  # Polish
    "áéíóöőúüű",  # Hungarian
    "çğıöşü",  # Turkish
    "ăâîșțşţ",  # Romanian
    "čćđšž",  # Croatian, Slovene, Bosnian
    "äöüõšž",  # Estonian
    "āčēģīķļņšūž",  # Latvian
    "ąčęėįšųūž",  # Lithuanian
    "æøåéäö",  # Nordic
    "áðéíóúýþæö",  # Icelandic
    # Vietnamese (Windows-1258 writes tone marks as combining characters)
    "àáâãèéêìíòóôõùúýăđơư\u0300\u0301\u0303\u0309\u0323",
)
# Non-ASCII characters that real text of any of those languages uses besides letters.
_NEUTRAL = frozenset("„“”‘’‚«»–—…€°§©®·•×÷¿¡ ")


def latin_fit(text: str) -> float:
    """Share of the non-ASCII characters that are letters of the best-fitting alphabet (1.0
    when there are none): a misread code page mixes letters of several languages and
    symbols (ISO-8859-2 "ś" read as Windows-1250 is "¶")."""
    counts: dict[str, int] = {}
    for ch in text:
        if ord(ch) > 127 and ch not in _NEUTRAL:
            low = ch.lower()
            counts[low] = counts.get(low, 0) + 1
    total = sum(counts.values())
    if not total:
        return 1.0
    best = max(sum(n for ch, n in counts.items() if ch in alphabet) for alphabet in _ALPHABETS)
    return best / total


def script_purity(text: str) -> float:
    """Share of the non-Latin letters that belong to the main script (Han and Kana count as
    one: Japanese mixes them).  Real text is nearly pure; a misread one mixes scripts, e.g.
    Chinese read as CP949 gives Hanja and Hangul, Korean read as Big5 gives Han and Cyrillic."""
    stats = tokens.ScriptStats()
    stats.feed(text)
    han, kana = stats.letters.get("han", 0), stats.letters.get("kana", 0)
    # Japanese uses plenty of kana; one stray kana among Han characters is a misreading.
    japanese = kana >= 0.2 * (han + kana)
    groups: dict[str, int] = {}
    for script, count in stats.letters.items():
        if script == "latin":
            continue
        key = "han+kana" if japanese and script in ("han", "kana") else script
        groups[key] = groups.get(key, 0) + count
    total = sum(groups.values())
    return max(groups.values()) / total if total else 1.0


# Characters common in Korean (Hangul syllables), Simplified and Traditional Chinese and
# Japanese (kana and kanji) text: a right reading of CJK text is mostly made of them, a
# misreading draws evenly from the thousands of characters a double-byte code page holds.
_HANGUL = frozenset(
    "이다는의에하고가을지기한로리사서자도어대를아니나시일수여스정인으해보제게부전주라상소그만"
    "적것들와과있국비구장원문우성거내세경면되치위생없마신실중동선유미연공무오개식요조화모방결"
    "관발계회교물학업행까저말데때분안알했더또본차바진단당러며습겠음입간명강통날년월합산출체약"
    "영품작감드같운르트프터크타파후히호현편불직필받심종준확점번배송예려십반객센락금께린커버레"
    "테디브코네용김박최왜누군잘못좀많은큰새옷집밥돈길맛손눈몸힘꿈삶랑친늘침녁족엄빠름겨울봄처"
    "든너희런떤슨얼언떻냐래특매욱함각역혹론갑벌써곧항끔별혀"
)
_SIMPLIFIED = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之"
    "年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样"
    "理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将"
    "两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信"
    "表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔"
    "更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统"
    "区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品"
    "住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根"
    "干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流"
    "备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越"
    "器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突"
    "专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态"
    "护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故"
    "按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职"
    "速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤"
    "素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略"
    "范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚"
    "善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶"
    "块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序"
    "升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移"
    "娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸"
    "予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授"
    "诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍"
    "凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘"
    "亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞"
    "街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞"
    "圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵侧净盾钢杯乘奶恋杜幅汽订邮箱递"
)
_TRADITIONAL = frozenset(
    "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之"
    "年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣"
    "理心她本前開但因只從想實日軍者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將"
    "兩高間由問很最重並物手應戰向頭文體政美相見被利什二等產或新己制身果加西斯月話合回特代內信"
    "表化老給世位次度門任常先海通教兒原東聲提立及比員解水名真論處走義各入幾口認條平系氣題活爾"
    "更別打女變四神總何電數安少報才結反受目太量再感建務做接必場件計管期市直德資命山金指克許統"
    "區保至隊形社便空決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象完設式色路記南品"
    "住告類求據程北邊死張該交規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改收根"
    "乾造言聯持組每濟車親極林服快辦議往元英士證近失轉夫令準布始怎呢存未遠叫台臺灣單影具羅字愛"
    "擊流備兵連調深商算質團集百需價花黨華城石級整府離況亞請技際約示復病息究線似官火斷精滿支視"
    "消越器容照須九增研寫稱企八功嗎包片史委乎查輕易早曾除農找裝廣顯吧您週貨訂購謝郵寄客退節假"
    "網址絡營注項香港澳"
)
_JAPANESE = frozenset(
    "あいうえおかきくけこがぎぐげごさしすせそざじずぜぞたちつてとだぢづでどなにぬねのはひふへ"
    "ほばびぶべぼぱぴぷぺぽまみむめもやゆよらりるれろわをんっゃゅょぁぃぅぇぉアイウエオカキク"
    "ケコガギグゲゴサシスセソザジズゼゾタチツテトダヂヅデドナニヌネノハヒフヘホバビブベボパピ"
    "プペポマミムメモヤユヨラリルレロワヲンッャュョァィゥェォヴー日一国会人年大十二本中長出三"
    "同時政事自行社見月分議後前民生連五発間対上部東者党地合市業内相方四定今回新場金員九入選立"
    "開手米力学問高代明実円関決子動京全目表戦経通外最言氏現理調体化田当八六約主題下首意法不来"
    "作性的要用制治度務強気小七成期公持野協取都和統以機平総加山思家話世受区領多県続進正安設保"
    "改数記院女初北午指権心界支第産結百派点教報済書府活原先共得解名交資予川向際査勝面委告軍文"
    "反元重近千考判認画海参売利組知案道信策集在件団別物側任引使求所次水半品昨論計死官増係感特"
    "情投示変打男基私各始島直両朝革価式確村提運終挙果西勢減台広容必応演電歳住争談能無再位置企"
    "真流格有疑口過局少放税検藤町常校料沢裁状工建語球営空職証土与急止送援供可役構木割聞身費付"
    "施切由説転食比難防補車優夫研収断井何南石足違消境神番規術護展態導鮮備宅害配副算視条幹独警"
    "宮究育席輸訪楽起万着乗店述残想線率病農州武声質念待試族象銀域助労例衛然早張映限親額監環験"
    "追審商葉義伝働形景落欧担好退準賞訴辺造英被株頭技低毎医復仕去姿味負閣韓渡失移差衆個門写評"
    "課末守若脳極種美岡影命含福蔵量望松非撃佐核観察整段横融型白深字答夜製票況音申様財港識注呼"
    "渉達良響阪帰針専推谷古候史天階程満敗管値歌買突兵接請器士光討路悪科攻崎督授催細効図週積丸"
    "他及湾録処省旧室憲太橋歩離岸客風紙激否周師摘材登系批郎母易健黒火戸速存花春飛殺央券赤号単"
    "盟座青破編捜竹除完降超責並療従右修捕隊危採織森競拡故館振給屋介読弁根色友苦就迎走販園具左"
    "異歴辞将秋因献厳馬愛幅休維富浜父遺彼般未塁貿講邦舞林装諸夏素亡劇河遣航抗冷模雄適婦鉄寄益"
    "込顔緊類児余禁印逆王返標換久短油妻暴輪占宣背昭廃植熱宿薬伊江清習険頼僚覚吉盛船倍均億途圧"
    "芸許皇臨踏駅署抜壊債便伸留罪停興爆陸玉源儀波創障継筋狙帯延羽努固闘精則葬乱避普散司康測豊"
    "洋静善逮婚厚喜齢囲卒迫略承浮惑崩順紀聴脱旅絶級幸岩練押軽倒酒巻巡宇誠願届頂致"
)

_COMMON_CJK = _HANGUL | _SIMPLIFIED | _TRADITIONAL | _JAPANESE
# Ranges no ordinary text is made of: C1 controls, box drawing and blocks, the rare CJK
# extension blocks, private use, compatibility ideographs, replacement characters.
_RARE = re.compile(
    "[\x80-\x9f\u2500-\u259f\u3400-\u4dbf\ue000-\uf8ff\uf900-\ufaff\ufffd\U00020000-\U0010ffff]"
)
# Ranges neither common nor rare (Latin-1 signs, punctuation, symbols, enclosed letters, CJK
# punctuation, jamo, fullwidth ASCII): they say little about the reading, so do not count.
_CJK_NEUTRAL = re.compile(
    "[\xa0-\xbf\u2010-\u206f\u2100-\u24ff\u25a0-\u27bf\u3000-\u303f\u3130-\u318f"
    "\u3200-\u32ff\uff01-\uff60]"
)
_NON_ASCII = re.compile("[^\x00-\x7f]")
# A rare character weighs against a reading more than a common one weighs for it.
_RARE_WEIGHT = 2


def cjk_fit(text: str) -> float:
    """How plausible ``text`` is as CJK text, at most 1.0 (0.0 with nothing to judge): the
    share of its non-ASCII characters (punctuation and symbols aside) that are common CJK
    characters, less twice the share of rare ones (``_RARE``)."""
    counted = len(_NON_ASCII.findall(text)) - len(_CJK_NEUTRAL.findall(text))
    if counted <= 0:
        return 0.0
    common = sum(1 for ch in text if ch in _COMMON_CJK)
    return (common - _RARE_WEIGHT * len(_RARE.findall(text))) / counted
