//! Accuracy against the bundled gold attributions (`assets/articles/gold`), scored the way
//! the project's evaluation script scores them (strict: full names), so that a change that
//! lowers accuracy fails here. The floors are the levels reached, less a small margin.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use serde_json::Value;
use whosaid::{export, Article};

const QUOTE_CHARS: &str = "\"'“”‘’«»„‟‹›";

const TITLES: &str =
    "mr mrs ms dr prof professor sir dame lord lady rev president vice prime minister
secretary deputy assistant under foreign defense defence home interior state senator sen rep
representative congressman congresswoman governor gov mayor chancellor ambassador envoy general
gen colonel col lt captain capt admiral chairman chairwoman chair director spokesman spokeswoman
spokesperson chief executive ceo premier king queen prince princess pope judge justice attorney
commissioner minister's mp mep leader shadow acting former";

fn norm(s: &str) -> String {
    let s = s.replace(['’', '‘'], "'").to_lowercase();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let strip: Vec<char> = format!(" ,.;:!?{QUOTE_CHARS}").chars().collect();
    s.trim_matches(|c| strip.contains(&c)).to_string()
}

fn words(name: &str) -> Vec<String> {
    let drop = [
        "the", "a", "an", "of", "mr", "mrs", "ms", "dr", "said", "says",
    ];
    norm(name)
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\''))
        .filter(|w| !w.is_empty() && !drop.contains(w))
        .map(str::to_string)
        .collect()
}

fn name_words(name: &str) -> Vec<String> {
    let titles: HashSet<&str> = TITLES.split_whitespace().collect();
    let mut ws = words(name);
    while ws.len() > 1 && titles.contains(ws[0].as_str()) {
        ws.remove(0);
    }
    ws
}

fn same_speaker(pred: Option<&Value>, gold: &Value) -> bool {
    let Some(pred) = pred else { return false };
    let (pn, gn) = (
        norm(pred["name"].as_str().unwrap_or("")),
        norm(gold["name"].as_str().unwrap()),
    );
    if pn == gn {
        return true;
    }
    let (pw, gw) = (words(&pn), words(&gn));
    if pw.is_empty() || gw.is_empty() {
        return false;
    }
    if gold["kind"] == "person" && gold["anonymous"] == false {
        let a: HashSet<String> = name_words(&pn).into_iter().collect();
        let b: HashSet<String> = name_words(&gn).into_iter().collect();
        return a == b;
    }
    let us = [
        "us",
        "u.s",
        "u.s.",
        "united states",
        "america",
        "usa",
        "washington",
        "the us",
        "the u.s.",
    ];
    if gold["kind"] == "institution" && gn == "united states" {
        return us.contains(&pn.as_str()) || us.contains(&pw.join(" ").as_str());
    }
    if gold["anonymous"] == true {
        let anon = pred["anonymous"] == true || pred["kind"] == "group";
        let shared = pw.iter().any(|w| gw.contains(w));
        return anon && shared;
    }
    false
}

/// Code-point span of `needle` in `text` (chars), preferring `hint`.
fn locate(text: &[char], needle: &str, hint: Option<usize>) -> Option<(usize, usize)> {
    let n: Vec<char> = needle.chars().collect();
    if n.is_empty() {
        return None;
    }
    if let Some(h) = hint {
        if text.get(h..h + n.len()) == Some(&n[..]) {
            return Some((h, h + n.len()));
        }
    }
    text.windows(n.len())
        .position(|w| w == &n[..])
        .map(|i| (i, i + n.len()))
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

#[derive(Default, Debug, Clone, Copy)]
struct Counts {
    gold: usize,
    pred: usize,
    found: usize,
    correct: usize,
    tp_pred: f64,
}

#[derive(Default, Debug)]
struct Totals {
    direct: Counts,
    indirect: Counts,
    speakers_hit: usize,
    roles_ok: usize,
    countries_tp: usize,
    countries_pred: usize,
    countries_gold: usize,
    mentioned: usize,
    mentioned_ok: usize,
    metonyms: usize,
    metonyms_ok: usize,
    titles_ok: usize,
    articles: usize,
    boilerplate_leaks: Vec<String>,
    /// Furniture lines in the gold, found or not.
    boilerplate: usize,
    caption_errors: Vec<String>,
    /// Captions in the gold.
    captions: usize,
}

fn f1(c: Counts) -> f64 {
    let p = if c.pred == 0 {
        1.0
    } else {
        c.correct as f64 * (c.tp_pred / c.found.max(1) as f64) / c.pred as f64
    };
    let r = if c.gold == 0 {
        1.0
    } else {
        c.correct as f64 / c.gold as f64
    };
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn score(gold: &Value, pred: &Value, text: &[char], t: &mut Totals, misses: &mut Vec<String>) {
    let speakers: BTreeMap<&str, &Value> = pred["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap(), s))
        .collect();
    let gspk: BTreeMap<&str, &Value> = gold["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["name"].as_str().unwrap(), s))
        .collect();
    let ignore: Vec<(usize, usize)> = gold["ignore"].as_array().map_or(vec![], |a| {
        a.iter()
            .filter_map(|s| locate(text, s.as_str().unwrap(), None))
            .collect()
    });
    let pq: Vec<(&str, (usize, usize), Option<&Value>)> = pred["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let span = (
                q["start"].as_u64().unwrap() as usize,
                q["end"].as_u64().unwrap() as usize,
            );
            (
                q["kind"].as_str().unwrap(),
                span,
                q["speaker"]
                    .as_str()
                    .and_then(|id| speakers.get(id).copied()),
            )
        })
        .collect();
    for (kind, need, counts) in [
        ("direct", 0.7, &mut t.direct),
        ("indirect", 0.5, &mut t.indirect),
    ] {
        let gq: Vec<(&Value, (usize, usize))> = gold["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|g| g["kind"] == kind)
            .map(|g| {
                (
                    g,
                    locate(
                        text,
                        g["text"].as_str().unwrap(),
                        g["start"].as_u64().map(|s| s as usize),
                    )
                    .expect("gold quote in text"),
                )
            })
            .collect();
        let mine: Vec<&(&str, (usize, usize), Option<&Value>)> =
            pq.iter().filter(|p| p.0 == kind).collect();
        let (mut found, mut correct) = (0, 0);
        for (g, gs) in &gq {
            let cover: Vec<_> = mine.iter().filter(|p| overlap(p.1, *gs) > 0).collect();
            let covered: usize = cover.iter().map(|p| overlap(p.1, *gs)).sum();
            if covered as f64 / (gs.1 - gs.0) as f64 >= need {
                found += 1;
                if cover
                    .iter()
                    .all(|p| same_speaker(p.2, gspk[g["speaker"].as_str().unwrap()]))
                {
                    correct += 1;
                } else {
                    misses.push(format!("{kind} wrong speaker: {}", g["text"]));
                }
            } else {
                misses.push(format!("{kind} missed: {}", g["text"]));
            }
        }
        let mut tp_pred = 0.0;
        for p in &mine {
            let size = p.1 .1 - p.1 .0;
            let inside: usize = gq.iter().map(|(_, gs)| overlap(p.1, *gs)).sum::<usize>()
                + ignore.iter().map(|s| overlap(p.1, *s)).sum::<usize>();
            if size > 0 && inside as f64 / size as f64 >= 0.5 {
                tp_pred += 1.0;
            } else {
                misses.push(format!(
                    "{kind} extra: {:?}",
                    text[p.1 .0..p.1 .1].iter().collect::<String>()
                ));
            }
        }
        counts.gold += gq.len();
        counts.pred += mine.len();
        counts.found += found;
        counts.correct += correct;
        // score.py's micro total: precision's true positives weighted back by found.
        counts.tp_pred += tp_pred;
    }
    for g in gspk.values() {
        if let Some(p) = speakers.values().find(|p| same_speaker(Some(p), g)) {
            t.speakers_hit += 1;
            t.roles_ok += usize::from(p["role"] == g["role"]);
        }
    }
    let ents = pred["entities"].as_array().unwrap();
    let pc: HashSet<String> = ents
        .iter()
        .filter(|e| e["class"] == "country")
        .map(|e| norm(e["country"].as_str().unwrap()))
        .collect();
    let gc: HashSet<String> = gold["countries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| norm(c.as_str().unwrap()))
        .collect();
    t.countries_tp += pc.intersection(&gc).count();
    t.countries_pred += pc.len();
    t.countries_gold += gc.len();
    for (word, country) in gold["metonyms"].as_object().unwrap() {
        let w: Vec<char> = word.chars().collect();
        for (i, win) in text.windows(w.len()).enumerate() {
            if win == &w[..] {
                t.metonyms += 1;
                let hit = ents.iter().any(|e| {
                    e["class"] == "country"
                        && e["start"].as_u64().unwrap() as usize <= i
                        && i + w.len() <= e["end"].as_u64().unwrap() as usize
                        && norm(e["country"].as_str().unwrap()) == norm(country.as_str().unwrap())
                });
                t.metonyms_ok += usize::from(hit);
            }
        }
    }
    let mut roles: BTreeMap<String, String> = BTreeMap::new();
    for e in ents {
        let class = e["class"].as_str().unwrap();
        if matches!(class, "official" | "expert" | "person") {
            let role = if class == "person" { "other" } else { class };
            roles
                .entry(norm(e["text"].as_str().unwrap()))
                .or_insert_with(|| role.to_string());
        }
    }
    for (name, role) in gold["mentioned"].as_object().unwrap() {
        t.mentioned += 1;
        let last = words(name).last().cloned().unwrap_or_default();
        let ok = roles
            .iter()
            .any(|(k, v)| words(k).contains(&last) && v == role.as_str().unwrap());
        t.mentioned_ok += usize::from(ok);
        if !ok {
            misses.push(format!("mentioned role: {name}"));
        }
    }
    let blocks = pred["blocks"].as_array().unwrap();
    let texts = |kinds: &[&str]| -> Vec<String> {
        blocks
            .iter()
            .filter(|b| kinds.contains(&b["kind"].as_str().unwrap()))
            .map(|b| b["text"].as_str().unwrap().to_string())
            .collect()
    };
    let body = texts(&["paragraph", "title", "caption", "dateline"]);
    for b in gold["boilerplate"].as_array().unwrap() {
        let b = b.as_str().unwrap();
        t.boilerplate += 1;
        if body
            .iter()
            .any(|x| x.lines().any(|l| l.trim_start().starts_with(b)))
        {
            t.boilerplate_leaks.push(b.to_string());
        }
    }
    let caps = texts(&["caption"]);
    let paras = texts(&["paragraph"]);
    for c in gold["captions"].as_array().unwrap() {
        let c = c.as_str().unwrap();
        t.captions += 1;
        if caps.iter().filter(|x| x.contains(c)).count() != 1 || paras.iter().any(|p| p.contains(c))
        {
            t.caption_errors.push(c.to_string());
        }
    }
    t.titles_ok += usize::from(
        norm(pred["title"].as_str().unwrap_or("")) == norm(gold["title"].as_str().unwrap()),
    );
    t.articles += 1;
}

/// Score every gold file in `dir/gold` against its article in `dir`.
fn totals(dir: &str) -> (Totals, Vec<String>) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut golds: Vec<PathBuf> = std::fs::read_dir(root.join("gold"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    golds.sort();
    let mut t = Totals::default();
    let mut misses = Vec::new();
    for g in golds {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&g).unwrap()).unwrap();
        let path = root.join(gold["article"].as_str().unwrap());
        let raw = std::fs::read_to_string(&path)
            .unwrap()
            .replace("\r\n", "\n");
        let article = Article::from_text(path.display().to_string(), raw.clone());
        let pred: Value =
            serde_json::from_str(&export::to_string(&article, export::Layout::Lines)).unwrap();
        let chars: Vec<char> = raw.chars().collect();
        let before = misses.len();
        score(&gold, &pred, &chars, &mut t, &mut misses);
        for m in &mut misses[before..] {
            *m = format!("{}: {m}", g.file_stem().unwrap().to_string_lossy());
        }
    }
    (t, misses)
}

/// The headline figures of a scoring run.
struct Figures {
    direct: f64,
    indirect: f64,
    roles: f64,
    countries: f64,
    metonyms: f64,
    mentioned: f64,
    /// The share of the gold's furniture lines kept out of the article's text.
    furniture: f64,
    /// The share of the gold's captions shown once as a caption, and not in the text.
    captions: f64,
}

fn figures(t: &Totals) -> Figures {
    let direct = f1(t.direct);
    let indirect = f1(t.indirect);
    let roles = t.roles_ok as f64 / t.speakers_hit.max(1) as f64;
    let cp = t.countries_tp as f64 / t.countries_pred.max(1) as f64;
    let cr = t.countries_tp as f64 / t.countries_gold.max(1) as f64;
    let countries = 2.0 * cp * cr / (cp + cr);
    let metonyms = t.metonyms_ok as f64 / t.metonyms.max(1) as f64;
    let mentioned = t.mentioned_ok as f64 / t.mentioned.max(1) as f64;
    let furniture = 1.0 - t.boilerplate_leaks.len() as f64 / t.boilerplate.max(1) as f64;
    let captions = 1.0 - t.caption_errors.len() as f64 / t.captions.max(1) as f64;
    eprintln!(
        "direct F1 {direct:.3}  indirect F1 {indirect:.3}  roles {roles:.3}  countries F1 {countries:.3}  metonyms {metonyms:.3}  mentioned roles {mentioned:.3}  furniture removed {furniture:.3}  captions {captions:.3}  titles {}/{}",
        t.titles_ok, t.articles
    );
    Figures {
        direct,
        indirect,
        roles,
        countries,
        metonyms,
        mentioned,
        furniture,
        captions,
    }
}

/// The least each figure may be, in [`Figures`] order.
type Floors = [f64; 8];

/// Score `dir` and fail on any figure under its floor or a wrong title. Furniture left in
/// the text and captions not shown once as captions are listed with the misses.
fn holds(dir: &str, floors: Floors) {
    let (t, misses) = totals(dir);
    for m in &misses {
        eprintln!("  {m}");
    }
    for b in &t.boilerplate_leaks {
        eprintln!("  furniture left: {b}");
    }
    for c in &t.caption_errors {
        eprintln!("  caption not once as a caption: {c}");
    }
    let f = figures(&t);
    let named = [
        ("direct quotes attributed F1", f.direct),
        ("reported speech attributed F1", f.indirect),
        ("speaker role accuracy", f.roles),
        ("countries F1", f.countries),
        ("metonyms recognised", f.metonyms),
        ("mentioned people's roles", f.mentioned),
        ("furniture removed", f.furniture),
        ("captions shown once as captions", f.captions),
    ];
    let under: Vec<String> = named
        .iter()
        .zip(floors)
        .filter(|((_, value), floor)| value < floor)
        .map(|((name, value), floor)| format!("{name} {value:.3} < {floor}"))
        .collect();
    assert!(under.is_empty(), "{dir}: {under:?}");
    assert_eq!(t.titles_ok, t.articles, "{dir}: titles");
}

/// The scores reached on the corpus the rules were developed on (direct 0.991, reported
/// 0.971, roles 1.0, countries 1.0, metonyms 1.0, mentioned roles 0.978): any loss fails.
#[test]
fn accuracy_on_the_bundled_gold_stays_at_the_level_reached() {
    holds(
        "assets/articles",
        [0.99, 0.97, 0.99, 0.99, 0.99, 0.97, 1.0, 1.0],
    );
}

/// Articles in styles the corpus lacks (a border conflict, tech business, science, a wire
/// trade dispute, UK health, a US court case; an AP court story, Guardian health, Reuters
/// earnings, BBC diplomacy; a wire sports press conference, US politics, an ABC bushfire
/// story, Indian markets; a Reuters recall, a US local crime story, a science story, a
/// Westminster row; a football report, a measles outbreak, ceasefire talks, a city council
/// vote; a flood, an earnings call, an appeal ruling, a phone launch; an air crash inquiry,
/// a rail strike, a state election night, a climate summit, a Commons committee hearing, a
/// grocery merger; a football transfer, authors suing an AI company; a ransomware attack,
/// an earthquake, a teachers' strike, a drug approval; an obituary, a failed rocket
/// launch; a manslaughter verdict, a wildfire; a rate decision, an e-bike recall; a cup
/// final, a fossil find; protests in Tbilisi, a mayor's profile; a health briefing, an EU
/// antitrust fine; a school board meeting, a frontline war report; then eighty-eight in outlets
/// and Englishes new to the rules: CNN, the Times of India, Bloomberg, Al Jazeera, the
/// Guardian, Kyodo, local TV, Nature, ESPN, the South China Morning Post, the Irish Times,
/// DW, Politico, the Daily Nation, the BBC, AP, the Washington Post, AFP, the Sydney Morning
/// Herald, The Verge, the New York Times, CBC, Reuters, The Hindu; the Financial Times, the
/// Straits Times, NPR, Dawn, the Los Angeles Times, the Mail & Guardian, ABC Australia, the
/// Japan Times, the Globe and Mail, Rappler, the Telegraph, Premium Times, STAT, the Korea
/// Herald, Sky News, the Times of Israel, Axios, the Kyiv Independent, CNA, the New Zealand
/// Herald, the Independent, VOA, The Conversation, Gulf News, Guardian Australia, the
/// Bangkok Post, Wired, the Irish Independent, AP sports, Euronews, The EastAfrican,
/// Scientific American, USA Today, Punch, the Times, Yonhap, CBS News, the Daily Star,
/// Politico Europe, News24, ProPublica, the Gleaner, the Daily Mail, the Hindustan Times,
/// RNZ, Arab News, the Christian Science Monitor, the Malay Mail, Newsweek, Vanguard, the
/// Scotsman, the Jakarta Post, Fox News, the Express Tribune, the Evening Standard, the
/// Taipei Times, the Atlantic, the Daily Monitor, RTÉ, the Philippine Daily Inquirer, the
/// Toronto Star, The National, France 24, The Citizen, the Texas Tribune, Bernama, The
/// Hill, Daily Maverick, the Manchester Evening News, the Indian Express, the Boston Globe,
/// the Daily Graphic, Stuff, Nikkei Asia, The Age, Business Standard, the Irish Examiner,
/// The Standard, the Houston Chronicle, Khaleej Times, CNBC, The Star, the Belfast
/// Telegraph, ThisDay, CTV News, Gulf Times, the Philadelphia Inquirer, the Hindu
/// BusinessLine, MarketWatch, the New Indian Express, TheJournal.ie, The Nation, the
/// Deseret News, The Herald, ITV News, The Peninsula, NBC News, The Daily Star of
/// Lebanon, The Economist, the Dhaka Tribune, the Star Tribune, the Borneo Post, the
/// Mirror, BusinessDay, the Times of Malta, the Trinidad Express, Scroll.in, The Namibian,
/// the Salt Lake Tribune, The Fiji Times, BreakingNews.ie, the Cyprus Mail, the Otago Daily
/// Times, the Kathmandu Post, the Seattle Times, the Jamaica Observer, The Herald of Glasgow,
/// Philstar, the Jerusalem Post, Addis Standard, the Miami Herald, VnExpress, the Yorkshire
/// Post, Stabroek News, Hong Kong Free Press, Lusaka Times, the Chicago Tribune, the Arab
/// Times, the Denver Post, the Daily Mirror of Sri Lanka, WalesOnline, Business Recorder,
/// The New Times, SBS News, Nyasa Times, the Oregonian, the Times of Oman, Mmegi, the
/// Arizona Republic, the Post-Courier, the Helsinki Times, the Jordan Times, the
/// Tennessean, Egypt Independent, the Baltimore Sun, the Solomon Star, The Local, the
/// Cayman Compass, the Detroit Free Press, Mothership, the Canberra Times, Morocco World
/// News, the Sacramento Bee, Loop News, the Gibraltar Chronicle, the Sudan Tribune, the
/// Baltic Times, the Times of Swaziland, Seychelles Nation, the Kuwait Times, the Guam Daily
/// Post, the Samoa Observer, the Jersey Evening Post, Isle of Man Today, Free Malaysia
/// Today, the Manila Bulletin, the Mainichi, Nepali Times, Capital FM, the Lesotho Times,
/// the Daily FT, Eyewitness News, the Gulf Daily News, the Libya Observer, the Zambia Daily
/// Mail, Malawi24, the Jakarta Globe, Tempo, Frontier Myanmar, Pajhwok, TOLOnews, Ahram
/// Online, Haaretz, the Asahi Shimbun, the Global Times, the Korea JoongAng Daily, the
/// Vanuatu Daily Post, GhanaWeb, Matangi Tonga, the Oman Observer, the Saudi Gazette, the
/// Zimbabwe Independent, the Liberian Observer, the Sierra Leone Telegraph, L'Orient Today,
/// Kurdistan24, Focus Taiwan, Kuensel, the Buenos Aires Times, Mexico News Daily, the Tico
/// Times, Barbados Today, New Era, the Khmer Times, Vietnam News, the Phnom Penh Post, the
/// Laotian Times, the Irrawaddy, the Tehran Times, Hurriyet Daily News, Georgia Today,
/// Armenpress, the Astana Times, Daily News Egypt, the Royal Gazette, the Nassau Guardian,
/// the Moscow Times, Balkan Insight, Cook Islands News, Nunatsiaq News, Iceland Review, the
/// Luxembourg Times, Edition.mv, Montsame, the Borneo Bulletin, the Macau Daily Times,
/// MercoPress, the Rio Times, Kathimerini, Notes from Poland, Hiiraan Online, Club of
/// Mozambique, Azernews, AKIpress, Amandala, Dominican Today, the Slovak Spectator, Radio
/// Prague International, the Sofia Globe, Romania Insider, Prishtina Insight, Exit News, the
/// Times of Central Asia, Tanzania's Daily News, the Sunday Standard, the EastAfrican, the
/// Guyana Chronicle, St Lucia Times, Fiji Village, PNG's The National, EconomyNext,
/// bdnews24.com, the Budapest Times, Ukrainska Pravda, Daily Sabah, Anadolu Agency, SunStar,
/// Malaysiakini, Tuoi Tre News, the Himalayan Times, NewsDay, the Times of Eswatini, The
/// Point, Andina, DutchNews.nl, Swissinfo, the Barents Observer, Marianas Variety, the
/// Brussels Times, Portugal Resident, The Connexion, LRT English, the Bogotá Post, Newsroom
/// Panama, Bernews, the Guernsey Press, Euractiv, Antara, Sermitsiaq.AG, Rudaw, Journal du
/// Cameroun, Radio Tamazuj, the Mauritius Times, BBS, the Kyiv Post, Hungary Today, Greek
/// Reporter, LSM English, the Malta Independent, the Antigua Observer, Breaking Belize News,
/// Peru Reports, the Santiago Times, Citi Newsroom, The Diplomat, Taiwan News, The Rising
/// Nepal, Ada Derana, Sun Online, the UB Post, Kazinform, Kun.uz, Asia-Plus, Islands
/// Business, the Solomon Times, The Portugal News, Kafkadesk, Emerging Europe, the Slovenia
/// Times, Total Croatia News, N1, the Sarajevo Times, IPN, Civil.ge, the Armenian Weekly,
/// The Nation of Thailand, the Ghana News Agency, the Namibian Sun, the Times of Zambia,
/// the Trinidad Guardian, the Muscat Daily, the Tirana Times, Iraqi News, the Barbados
/// Advocate), written and annotated blind in a hundred and ninety-four sets; the rules were
/// then fixed on what each showed, so they now guard those fixes (direct 0.963, reported
/// 0.924, roles 0.872, countries 0.974, metonyms 0.888, mentioned roles 0.799, furniture
/// removed 0.858, captions shown once as captions 0.967: most of those missed have no
/// credit to mark them, or a credit that is a photographer's name and address).
/// The furniture floor came down again with the sets 159–194: their bylines, section
/// labels and related-story lines are furniture no rule knows yet. Before them, the roles,
/// mentioned roles, furniture and
/// captions floors came down with the sets 135–158: their annotators give a named
/// official's role from
/// posts the lexicon does not hold (a laboratory head as `official`, a state company as
/// `official`), their pages print furniture no rule knows yet (related headlines above all)
/// and captions with no credit at all. Before them, the sets 111–134 brought the countries
/// floor down (countries a place name implies left out). Earlier, the
/// forty-eight sets 87–110 brought floors down: their annotators gave spokespeople and a
/// coalition's convener to their bodies, read `Whitehall` and `Aso Rock` as metonyms, and
/// their pages print furniture the lexicon does not know yet (section labels, related
/// headlines, tag lists, outlets' own promos). Where they stay below
/// 1 the annotators' readings and the rules' differ (analysts at a firm as the firm, a referee's
/// body as `other`, `scientists` and `the researchers` as one group named `researchers`, a
/// `staff report` named with its modifier, `the report` as the board that wrote it, a
/// ministry spokesperson as the ministry, a capital after `towards` or `made in` as its
/// country) or a case is left open (see the README): the
/// obituary, quoting a dead man's old interviews and his family's statement, is the
/// hardest of them.
#[test]
fn accuracy_on_other_styles_stays_at_the_level_reached() {
    holds(
        "tests/fixtures/scored",
        [0.95, 0.92, 0.86, 0.97, 0.88, 0.79, 0.85, 0.96],
    );
}
