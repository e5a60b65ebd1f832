//! Raw bytes in: pages in real legacy encodings, encoded here with encoding_rs, must come out of
//! `clean_bytes` as the text they were written in — labelled by `<meta charset>`, by the transport's
//! Content-Type, by a byte order mark, or not at all (the detector) — and pages whose label lies
//! are decided as `src/decode.rs` documents: valid UTF-8 beats a legacy label, a UTF-8 label on
//! bytes that are not UTF-8 goes to the detector, a BOM beats everything.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use articlean::{clean_bytes, detect_encoding, Options};
use encoding_rs::{
    Encoding, EUC_KR, GB18030, ISO_8859_2, KOI8_R, SHIFT_JIS, UTF_8, WINDOWS_1251, WINDOWS_1252,
};

/// The encoding `clean_bytes` reads the bytes in, as an `encoding_rs` value to decode with.
fn sniff(bytes: &[u8], content_type: Option<&str>) -> &'static Encoding {
    let name = detect_encoding(bytes, content_type);
    Encoding::for_label(name.as_bytes()).expect("a WHATWG encoding name")
}

/// One language's article text, several paragraphs long so the detector has something to read.
struct Sample {
    encoding: &'static Encoding,
    /// A phrase that must appear in `textContent`.
    phrase: &'static str,
    paragraphs: [&'static str; 3],
}

const FRENCH: Sample = Sample {
    encoding: WINDOWS_1252,
    phrase: "l’église à côté",
    paragraphs: [
        "Le conseil municipal a décidé mardi de restaurer la passerelle qui mène à l’église à côté \
         du marché, fermée depuis les crues de l’hiver dernier. Les élus ont voté à l’unanimité.",
        "Les commerçants du quartier se réjouissent : « Depuis la fermeture, nous avons perdu près \
         d’un tiers de notre clientèle », explique la boulangère, installée rue de la Fontaine.",
        "Les travaux devraient durer huit mois. Une réunion publique aura lieu à la médiathèque le \
         mois prochain, où les ingénieurs présenteront leurs plans et répondront aux questions.",
    ],
};

const POLISH: Sample = Sample {
    encoding: ISO_8859_2,
    phrase: "Łódź, źródło",
    paragraphs: [
        "Rada miasta zdecydowała we wtorek o odbudowie kładki nad rzeką. Łódź, źródło wielu sporów \
         w ostatnich latach, wreszcie doczeka się przejścia, które mieszkańcy tak długo wspominali.",
        "Właściciele sklepów na wschodnim brzegu cieszą się z decyzji. Piekarka mówi, że od \
         zamknięcia kładki straciła prawie jedną trzecią klientów, którzy jeździli do hipermarketu.",
        "Prace mają potrwać osiem miesięcy. W przyszłym miesiącu w bibliotece odbędzie się zebranie, \
         na którym inżynierowie przedstawią swoje plany i odpowiedzą na pytania mieszkańców.",
    ],
};

const JAPANESE: Sample = Sample {
    encoding: SHIFT_JIS,
    phrase: "川に架かる歩道橋",
    paragraphs: [
        "町議会は火曜日の夜、川に架かる歩道橋を修復することを決めた。洪水で閉鎖されて以来、\
         住民の間では十年近く議論が続いていた。",
        "東岸のパン屋の店主は、橋が閉鎖されてから売り上げがほぼ三分の一減ったと話す。市場の日に\
         歩いて来ていた客が、今では環状道路沿いのスーパーに車で行ってしまうという。",
        "工事には八か月かかる見込みだ。来月には図書館で説明会が開かれ、技術者が計画を説明し、\
         住民の質問に答える予定である。",
    ],
};

const CHINESE: Sample = Sample {
    encoding: GB18030,
    phrase: "修复河上的人行桥",
    paragraphs: [
        "镇议会星期二晚上投票决定修复河上的人行桥，结束了居民之间近十年的争论。这座桥自洪水以来\
         一直关闭，东岸的家庭去市场只能绕远路。",
        "东岸一家面包店的老板说，自从桥关闭以来，生意下降了将近三分之一，因为以前赶集时步行过来\
         的顾客现在都开车去环城路上的超市了。",
        "工程预计需要八个月。下个月将在图书馆举行公开会议，工程师将介绍他们的计划并回答居民关于\
         施工期间封路的问题。",
    ],
};

const RUSSIAN: Sample = Sample {
    encoding: KOI8_R,
    phrase: "пешеходный мост через реку",
    paragraphs: [
        "Городской совет во вторник проголосовал за восстановление старого пешеходный мост через \
         реку, положив конец спору, который разделял жителей почти десять лет.",
        "Владелица пекарни на восточном берегу говорит, что после закрытия моста выручка упала \
         почти на треть: покупатели теперь ездят в супермаркет на кольцевой дороге.",
        "Работы займут восемь месяцев. В следующем месяце в библиотеке пройдёт открытое собрание, \
         где инженеры представят свои планы и ответят на вопросы жителей.",
    ],
};

const KOREAN: Sample = Sample {
    encoding: EUC_KR,
    phrase: "강 위의 보행자 다리",
    paragraphs: [
        "시의회는 화요일 저녁 강 위의 보행자 다리를 복구하기로 결정했다. 홍수 이후 폐쇄된 다리를 두고 \
         주민들 사이에서 거의 십 년 동안 논쟁이 이어져 왔다.",
        "동쪽 강변의 빵집 주인은 다리가 폐쇄된 뒤 매출이 거의 삼분의 일 줄었다고 말했다. 장날마다 \
         걸어오던 손님들이 이제는 순환도로의 대형마트로 차를 몰고 간다는 것이다.",
        "공사는 여덟 달이 걸릴 예정이다. 다음 달 도서관에서 공개 회의가 열리며, 기술자들이 계획을 \
         설명하고 주민들의 질문에 답할 예정이다.",
    ],
};

const SAMPLES: [&Sample; 6] = [&FRENCH, &POLISH, &JAPANESE, &CHINESE, &RUSSIAN, &KOREAN];

/// An article page with an optional `<meta charset>`, as text (encoded by the caller).
fn page(sample: &Sample, meta: Option<&str>) -> String {
    let meta = meta
        .map(|m| format!("<meta charset=\"{m}\">"))
        .unwrap_or_default();
    let body: String = sample
        .paragraphs
        .iter()
        .map(|p| format!("<p>{p}</p>\n"))
        .collect();
    format!(
        "<!DOCTYPE html><html><head>{meta}<title>{}</title></head><body><article>\n{body}</article></body></html>",
        sample.phrase
    )
}

fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(
        !unmappable,
        "sample not representable in {}",
        encoding.name()
    );
    bytes.into_owned()
}

fn text_of(bytes: &[u8], content_type: Option<&str>) -> String {
    clean_bytes(bytes, content_type, &Options::default())
        .expect("an article")
        .text_content
}

#[test]
fn meta_charset_labelled_legacy_pages_decode() {
    for s in SAMPLES {
        let bytes = encode(&page(s, Some(s.encoding.name())), s.encoding);
        assert_eq!(sniff(&bytes, None), s.encoding, "{}", s.encoding.name());
        let text = text_of(&bytes, None);
        assert!(text.contains(s.phrase), "{}: {text}", s.encoding.name());
    }
}

#[test]
fn content_type_labelled_legacy_pages_decode() {
    for s in SAMPLES {
        let bytes = encode(&page(s, None), s.encoding);
        let content_type = format!("text/html; charset=\"{}\"", s.encoding.name());
        assert_eq!(sniff(&bytes, Some(&content_type)), s.encoding);
        assert!(text_of(&bytes, Some(&content_type)).contains(s.phrase));
    }
}

/// Native only: the WebAssembly build carries no detector (src/decode.rs: +155 KB gzip); there the
/// fallback below applies.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn unlabeled_legacy_pages_are_detected() {
    for s in SAMPLES {
        let bytes = encode(&page(s, None), s.encoding);
        let guessed = sniff(&bytes, None);
        // The detector may name a superset (KOI8-U for KOI8-R, GBK for GB18030, windows-1250 for
        // ISO-8859-2) — right whenever the text decodes the same.
        let (decoded, _, errors) = guessed.decode(&bytes);
        assert!(
            !errors && decoded.contains(s.phrase),
            "{} detected as {}",
            s.encoding.name(),
            guessed.name()
        );
        assert!(text_of(&bytes, None).contains(s.phrase));
    }
}

#[test]
fn valid_utf8_beats_a_legacy_meta_label() {
    for s in SAMPLES {
        let bytes = page(s, Some("windows-1252")).into_bytes();
        assert_eq!(sniff(&bytes, None), UTF_8, "{}", s.encoding.name());
        assert!(text_of(&bytes, None).contains(s.phrase));
    }
}

#[test]
fn valid_utf8_beats_a_legacy_transport_label() {
    let bytes = page(&FRENCH, None).into_bytes();
    let content_type = Some("text/html; charset=ISO-8859-1");
    assert_eq!(sniff(&bytes, content_type), UTF_8);
    assert!(text_of(&bytes, content_type).contains(FRENCH.phrase));
}

/// What the WebAssembly build does instead of detecting: unlabeled bytes that are not UTF-8 are read
/// as windows-1252, the HTML standard's fallback for Western locales (right for the Western samples;
/// the JS `cleanBytes` documents the same).
#[cfg(target_arch = "wasm32")]
#[test]
fn unlabeled_legacy_pages_fall_back_to_windows_1252() {
    for s in SAMPLES {
        let bytes = encode(&page(s, None), s.encoding);
        assert_eq!(sniff(&bytes, None), WINDOWS_1252, "{}", s.encoding.name());
    }
    let french = encode(&page(&FRENCH, None), WINDOWS_1252);
    assert!(text_of(&french, None).contains(FRENCH.phrase));
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn a_utf8_label_on_legacy_bytes_goes_to_the_detector() {
    for s in [&RUSSIAN, &JAPANESE, &CHINESE] {
        let bytes = encode(&page(s, Some("utf-8")), s.encoding);
        let text = text_of(&bytes, None);
        assert!(text.contains(s.phrase), "{}: {text}", s.encoding.name());
        assert!(!text.contains('\u{fffd}'));
    }
    let russian_1251 = encode(&page(&RUSSIAN, None), WINDOWS_1251);
    assert!(text_of(&russian_1251, Some("text/html; charset=utf-8")).contains(RUSSIAN.phrase));
}

#[test]
fn a_few_stray_bytes_do_not_overrule_a_utf8_label() {
    // A UTF-8 page with one windows-1252 byte pasted in stays UTF-8: one U+FFFD, not a garbled page.
    let mut bytes = page(&POLISH, Some("utf-8")).into_bytes();
    let at = bytes.len() - 40;
    bytes.insert(at, 0x96);
    assert_eq!(sniff(&bytes, None), UTF_8);
    assert!(text_of(&bytes, None).contains(POLISH.phrase));
}

#[test]
fn a_legacy_label_is_believed_over_another_legacy_encoding() {
    // Documented limit: a page labelled iso-8859-2 whose bytes are windows-1251 decodes as labelled.
    let bytes = encode(&page(&RUSSIAN, Some("iso-8859-2")), WINDOWS_1251);
    assert_eq!(sniff(&bytes, None), ISO_8859_2);
    // The transport label beats the page's own.
    assert_eq!(
        sniff(&bytes, Some("text/html; charset=windows-1251")),
        WINDOWS_1251
    );
    assert!(text_of(&bytes, Some("text/html; charset=windows-1251")).contains(RUSSIAN.phrase));
}

#[test]
fn a_byte_order_mark_beats_every_label() {
    let mut utf8 = vec![0xEF, 0xBB, 0xBF];
    utf8.extend(page(&JAPANESE, Some("shift_jis")).into_bytes());
    assert_eq!(sniff(&utf8, Some("text/html; charset=koi8-r")), UTF_8);
    assert!(text_of(&utf8, Some("text/html; charset=koi8-r")).contains(JAPANESE.phrase));

    for (bom, little) in [([0xFF, 0xFE], true), ([0xFE, 0xFF], false)] {
        let mut bytes = bom.to_vec();
        for unit in page(&CHINESE, Some("gb18030")).encode_utf16() {
            let pair = if little {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            };
            bytes.extend_from_slice(&pair);
        }
        assert!(text_of(&bytes, Some("text/html; charset=windows-1252")).contains(CHINESE.phrase));
    }
}

#[test]
fn a_utf16_label_without_a_bom_is_read_as_utf8() {
    // The label cannot be true of bytes in which `<meta` was readable as ASCII.
    let bytes = page(&FRENCH, Some("utf-16")).into_bytes();
    assert_eq!(sniff(&bytes, None), UTF_8);
}
