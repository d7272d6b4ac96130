"""Real text in every legacy encoding the planner reads, for detection accuracy.

A few sentences per language (written for these tests), transcoded into each encoding
people use for that language.  ``cases()`` yields (language, codec, bytes, text); a
detection is right when the bytes, decoded with the detected codec, give the text back
(so equivalent code pages, e.g. Windows-1250 and ISO-8859-2 on text using only letters
both share, both count as right).  Used by ``test_encoding_accuracy.py`` and
``benchmarks/encoding_accuracy.py``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

SAMPLES: dict[str, str] = {
    "Hebrew": (
        "שלום לכולם. אנחנו מזמינים אתכם להצטרף לסדנה שתתקיים ביום שלישי הבא בספרייה העירונית. "
        "במהלך המפגש נלמד איך לכתוב מכתב רשמי, איך לבקש החזר כספי ואיך לענות ללקוחות בנימוס. "
        "ההשתתפות חינם, אבל מספר המקומות מוגבל, ולכן כדאי להירשם מראש באתר או בטלפון."
    ),
    "Arabic": (
        "مرحبا بكم في خدمة العملاء. نحن هنا لمساعدتكم في جميع الأسئلة المتعلقة بالطلبات والشحن "
        "والاسترجاع. يمكنكم إرجاع المنتج خلال ثلاثين يوما من تاريخ الشراء إذا كان في حالته الأصلية. "
        "للتواصل معنا يرجى إرسال رسالة إلى البريد الإلكتروني أو الاتصال بنا من الأحد إلى الخميس."
    ),
    "Czech": (
        "Dobrý den, děkujeme za Vaši objednávku. Zboží odešleme během dvou pracovních dnů a o "
        "odeslání Vás budeme informovat e-mailem. Pokud budete chtít zboží vrátit, můžete tak "
        "učinit do čtrnácti dnů bez udání důvodu. Příliš žluťoučký kůň úpěl ďábelské ódy."
    ),
    "Polish": (
        "Dzień dobry, dziękujemy za złożenie zamówienia w naszym sklepie. Paczka zostanie wysłana "
        "jutro rano, a numer przesyłki otrzymają Państwo w osobnej wiadomości. Zażółć gęślą jaźń. "
        "W razie pytań prosimy o kontakt z działem obsługi klienta od poniedziałku do piątku."
    ),
    "Hungarian": (
        "Tisztelt Ügyfelünk! Köszönjük a megrendelését, a csomagot holnap adjuk fel. A terméket "
        "a kézhezvételtől számított tizennégy napon belül indoklás nélkül visszaküldheti. "
        "Árvíztűrő tükörfúrógép. Kérdés esetén forduljon bizalommal ügyfélszolgálatunkhoz."
    ),
    "Turkish": (
        "Merhaba, siparişiniz için teşekkür ederiz. Ürününüz iki iş günü içinde kargoya verilecek "
        "ve takip numarası size e-posta ile gönderilecektir. İade işlemleri için ürünü on dört gün "
        "içinde orijinal ambalajında göndermeniz gerekir. Pijamalı hasta yağız şoföre çabucak güvendi."
    ),
    "Greek": (
        "Καλημέρα σας, ευχαριστούμε για την παραγγελία σας. Το δέμα θα αποσταλεί αύριο το πρωί και "
        "θα λάβετε τον αριθμό αποστολής με μήνυμα ηλεκτρονικού ταχυδρομείου. Μπορείτε να "
        "επιστρέψετε το προϊόν μέσα σε δεκατέσσερις ημέρες χωρίς καμία αιτιολόγηση."
    ),
    "Russian": (
        "Здравствуйте! Спасибо за ваш заказ. Посылка будет отправлена завтра утром, а номер для "
        "отслеживания мы пришлём отдельным письмом. Вернуть товар можно в течение четырнадцати "
        "дней без объяснения причин. Съешь же ещё этих мягких французских булок, да выпей чаю."
    ),
    "Ukrainian": (
        "Доброго дня! Дякуємо за ваше замовлення. Посилку буде відправлено завтра вранці, а номер "
        "для відстеження ми надішлемо окремим листом. Повернути товар можна протягом чотирнадцяти "
        "днів без пояснення причин. Чуєш їх, доцю, га? Кумедна ж ти, прощайся без ґольфів!"
    ),
    "French": (
        "Bonjour, merci pour votre commande. Le colis sera expédié demain matin et vous recevrez "
        "le numéro de suivi par courriel. Vous pouvez retourner l'article dans un délai de "
        "quatorze jours sans justification. Le cœur déçu mais l'âme plutôt naïve, Louÿs rêva."
    ),
    "German": (
        "Guten Tag, vielen Dank für Ihre Bestellung. Das Paket wird morgen früh verschickt, und "
        "die Sendungsnummer erhalten Sie per E-Mail. Sie können die Ware innerhalb von vierzehn "
        "Tagen ohne Angabe von Gründen zurückgeben. Größere Änderungen müssen Sie schriftlich mitteilen."
    ),
    "Spanish": (
        "Hola, gracias por su pedido. El paquete se enviará mañana por la mañana y recibirá el "
        "número de seguimiento por correo electrónico. Puede devolver el artículo en un plazo de "
        "catorce días sin justificación. ¿Tiene alguna pregunta? Llámenos de lunes a viernes."
    ),
    "Japanese": (
        "いつもご利用いただき、誠にありがとうございます。ご注文の商品は明日の午前中に発送いたします。"
        "お届けまでに二日から三日ほどかかる場合がございます。返品をご希望の場合は、商品到着後十四日以内に"
        "カスタマーサポートまでご連絡ください。今後ともどうぞよろしくお願い申し上げます。"
    ),
    "Korean": (
        "안녕하세요, 주문해 주셔서 감사합니다. 상품은 내일 오전에 발송될 예정이며 배송 조회 번호는 "
        "이메일로 보내 드리겠습니다. 상품을 받으신 후 십사 일 이내에 반품하실 수 있습니다. "
        "궁금한 점이 있으시면 월요일부터 금요일까지 고객센터로 연락해 주십시오."
    ),
    "Chinese (simplified)": (
        "您好，感谢您的订购。商品将于明天上午发货，快递单号会通过电子邮件发送给您。"
        "如需退货，请在收到商品后十四天内联系客服，并保持商品包装完好。"
        "我们的客服时间为周一至周五上午九点到下午六点，节假日除外。"
    ),
    "Chinese (traditional)": (
        "您好，感謝您的訂購。商品將於明天上午出貨，物流單號會透過電子郵件寄給您。"
        "如需退貨，請在收到商品後十四天內聯繫客服，並保持商品包裝完整。"
        "我們的客服時間為週一至週五上午九點到下午六點，國定假日除外。"
    ),
    "Thai": (
        "สวัสดีครับ ขอบคุณสำหรับการสั่งซื้อสินค้า สินค้าจะถูกจัดส่งในวันพรุ่งนี้ตอนเช้า "
        "และเราจะส่งหมายเลขติดตามพัสดุให้ทางอีเมล หากต้องการคืนสินค้า "
        "กรุณาติดต่อฝ่ายบริการลูกค้าภายในสิบสี่วันหลังจากได้รับสินค้า"
    ),
    "Vietnamese": (
        "Xin chào, cảm ơn bạn đã đặt hàng. Gói hàng sẽ được gửi đi vào sáng mai và mã vận đơn "
        "sẽ được gửi qua thư điện tử. Bạn có thể trả lại sản phẩm trong vòng mười bốn ngày mà "
        "không cần nêu lý do. Nếu có thắc mắc, vui lòng liên hệ bộ phận chăm sóc khách hàng."
    ),
}

# The encodings each language is written in besides UTF-8 (Python codec names).
ENCODINGS: dict[str, tuple[str, ...]] = {
    "Hebrew": ("cp1255", "iso8859_8"),
    "Arabic": ("cp1256", "iso8859_6"),
    "Czech": ("cp1250", "iso8859_2"),
    "Polish": ("cp1250", "iso8859_2"),
    "Hungarian": ("cp1250", "iso8859_2"),
    "Turkish": ("cp1254", "iso8859_9"),
    "Greek": ("cp1253", "iso8859_7"),
    "Russian": ("cp1251", "koi8_r", "cp866", "iso8859_5"),
    "Ukrainian": ("cp1251", "koi8_u"),
    "French": ("cp1252",),
    "German": ("cp1252",),
    "Spanish": ("cp1252",),
    "Japanese": ("cp932", "euc_jp", "iso2022_jp"),
    "Korean": ("cp949", "iso2022_kr"),
    "Chinese (simplified)": ("gb18030",),
    "Chinese (traditional)": ("big5",),
    "Thai": ("cp874",),
    "Vietnamese": ("cp1258",),
}


def _cp1258(text: str) -> bytes:
    """Vietnamese in Windows-1258: base letters precomposed where the code page has them,
    tone marks as combining characters."""
    out = bytearray()
    for cluster in _clusters(unicodedata.normalize("NFD", text)):
        for form in (unicodedata.normalize("NFC", cluster), _half_composed(cluster), cluster):
            try:
                out += form.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            raise UnicodeEncodeError("cp1258", cluster, 0, len(cluster), "no form")
    return bytes(out)


def _clusters(text: str) -> Iterator[str]:
    cluster = ""
    for ch in text:
        if cluster and not unicodedata.combining(ch):
            yield cluster
            cluster = ""
        cluster += ch
    if cluster:
        yield cluster


def _half_composed(cluster: str) -> str:
    # Compose the base with one of its marks (â, ê, ơ, ư ...), keep the tone mark separate.
    base, marks = cluster[0], cluster[1:]
    for i, mark in enumerate(marks):
        composed = unicodedata.normalize("NFC", base + mark)
        if len(composed) == 1:
            try:
                composed.encode("cp1258")
            except UnicodeEncodeError:
                continue
            return composed + marks[:i] + marks[i + 1 :]
    return cluster


def encode(text: str, codec: str) -> bytes:
    return _cp1258(text) if codec == "cp1258" else text.encode(codec)


def same_text(a: str, b: str) -> bool:
    return unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)


def cases() -> Iterator[tuple[str, str, bytes, str]]:
    """(language, codec, bytes, text) for every language in every encoding (a line break at
    the end of each sentence, as in a file)."""
    for language, text in SAMPLES.items():
        lines = text.replace(". ", ".\n").replace("。", "。\n") + "\n"
        for codec in ENCODINGS[language]:
            yield language, codec, encode(lines, codec), lines
