//! Provinces of the PRC (ISO 3166-2:CN) and the cities whose own rules the rule base
//! may hold: one table, so the case file, the engine and the questionnaire agree.
//!
//! A region is written either with the two letters of ISO 3166-2:CN since 2017
//! (`CN-BJ`) or with the earlier two digits (`CN-11`), which are also the first two
//! digits of the administrative division code; rules use the digits.

/// One province-level division.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Province {
    /// `CN-11`.
    pub numeric: &'static str,
    /// `CN-BJ`.
    pub letters: &'static str,
    /// 北京市.
    pub zh: &'static str,
    /// Beijing.
    pub en: &'static str,
}

const fn p(
    numeric: &'static str,
    letters: &'static str,
    zh: &'static str,
    en: &'static str,
) -> Province {
    Province {
        numeric,
        letters,
        zh,
        en,
    }
}

/// Every province-level division, in the order of the administrative division codes.
pub const PROVINCES: [Province; 34] = [
    p("CN-11", "CN-BJ", "北京市", "Beijing"),
    p("CN-12", "CN-TJ", "天津市", "Tianjin"),
    p("CN-13", "CN-HE", "河北省", "Hebei"),
    p("CN-14", "CN-SX", "山西省", "Shanxi"),
    p("CN-15", "CN-NM", "内蒙古自治区", "Inner Mongolia"),
    p("CN-21", "CN-LN", "辽宁省", "Liaoning"),
    p("CN-22", "CN-JL", "吉林省", "Jilin"),
    p("CN-23", "CN-HL", "黑龙江省", "Heilongjiang"),
    p("CN-31", "CN-SH", "上海市", "Shanghai"),
    p("CN-32", "CN-JS", "江苏省", "Jiangsu"),
    p("CN-33", "CN-ZJ", "浙江省", "Zhejiang"),
    p("CN-34", "CN-AH", "安徽省", "Anhui"),
    p("CN-35", "CN-FJ", "福建省", "Fujian"),
    p("CN-36", "CN-JX", "江西省", "Jiangxi"),
    p("CN-37", "CN-SD", "山东省", "Shandong"),
    p("CN-41", "CN-HA", "河南省", "Henan"),
    p("CN-42", "CN-HB", "湖北省", "Hubei"),
    p("CN-43", "CN-HN", "湖南省", "Hunan"),
    p("CN-44", "CN-GD", "广东省", "Guangdong"),
    p("CN-45", "CN-GX", "广西壮族自治区", "Guangxi"),
    p("CN-46", "CN-HI", "海南省", "Hainan"),
    p("CN-50", "CN-CQ", "重庆市", "Chongqing"),
    p("CN-51", "CN-SC", "四川省", "Sichuan"),
    p("CN-52", "CN-GZ", "贵州省", "Guizhou"),
    p("CN-53", "CN-YN", "云南省", "Yunnan"),
    p("CN-54", "CN-XZ", "西藏自治区", "Tibet"),
    p("CN-61", "CN-SN", "陕西省", "Shaanxi"),
    p("CN-62", "CN-GS", "甘肃省", "Gansu"),
    p("CN-63", "CN-QH", "青海省", "Qinghai"),
    p("CN-64", "CN-NX", "宁夏回族自治区", "Ningxia"),
    p("CN-65", "CN-XJ", "新疆维吾尔自治区", "Xinjiang"),
    p("CN-71", "CN-TW", "台湾省", "Taiwan"),
    p("CN-91", "CN-HK", "香港特别行政区", "Hong Kong"),
    p("CN-92", "CN-MO", "澳门特别行政区", "Macao"),
];

/// The province a code names, in either form (`CN-BJ` or `CN-11`).
pub fn province(code: &str) -> Option<&'static Province> {
    let code = code.trim();
    PROVINCES
        .iter()
        .find(|p| p.numeric == code || p.letters == code)
}

/// A city whose own norms bind its residents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct City {
    /// `CN-44-SZ`: the province's numeric code and a short city code.
    pub code: &'static str,
    /// 深圳市.
    pub zh: &'static str,
    /// Shenzhen.
    pub en: &'static str,
}

/// The cities the program knows by name. A city code not in this list is still
/// accepted in a case file when well formed; it simply matches no rule.
pub const CITIES: [City; 2] = [
    City {
        code: "CN-44-GZ",
        zh: "广州市",
        en: "Guangzhou",
    },
    City {
        code: "CN-44-SZ",
        zh: "深圳市",
        en: "Shenzhen",
    },
];

/// The province of a city code (`CN-44-SZ` → Guangdong; `CN-GD-SZ` is read the same),
/// or `None` when the code is not of that shape.
pub fn city_province(code: &str) -> Option<&'static Province> {
    let (prov, city) = code.trim().rsplit_once('-')?;
    let well_formed = (2..=3).contains(&city.len()) && city.bytes().all(|b| b.is_ascii_uppercase());
    if well_formed { province(prov) } else { None }
}

/// A city code in its numeric form (`CN-GD-SZ` → `CN-44-SZ`).
pub fn normalise_city(code: &str) -> Option<String> {
    let p = city_province(code)?;
    let (_, city) = code.trim().rsplit_once('-')?;
    Some(format!("{}-{city}", p.numeric))
}

/// The name of a known city.
pub fn city(code: &str) -> Option<&'static City> {
    let code = normalise_city(code)?;
    CITIES.iter().find(|c| c.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_name_the_same_province() {
        assert_eq!(province("CN-BJ"), province("CN-11"));
        assert_eq!(province("CN-GD").map(|p| p.numeric), Some("CN-44"));
        assert_eq!(province("CN-GZ").map(|p| p.zh), Some("贵州省"));
        assert!(province("CN-99").is_none());
        assert!(province("CN-BJX").is_none());
    }

    #[test]
    fn city_codes_carry_their_province() {
        assert_eq!(normalise_city("CN-GD-SZ").as_deref(), Some("CN-44-SZ"));
        assert_eq!(city("CN-44-GZ").map(|c| c.en), Some("Guangzhou"));
        assert!(city_province("CN-44").is_none());
        assert!(city_province("CN-44-sz").is_none());
        assert!(city_province("CN-99-SZ").is_none());
    }

    #[test]
    fn codes_are_unique() {
        for (i, a) in PROVINCES.iter().enumerate() {
            for b in &PROVINCES[i + 1..] {
                assert_ne!(a.numeric, b.numeric);
                assert_ne!(a.letters, b.letters);
            }
        }
    }
}
