package cue

import (
	"bulletin/parser/lexicon"
	"regexp"
	"strings"
	"unicode/utf8"

	"bulletin/parser/agency"
)

// caption: the caption of a photo a page set between paragraphs of its
// text (会议现场, 活动合影, 图为志愿者入户走访): a line that opens with
// 图为, or that ends with a word of what a photo shows between a sentence
// that ended and running text, or that closes with the photo's credit after
// a slash (…/记者拍摄). A caption is no heading: no text is its.
type caption struct{}

func (caption) Settles() Role { return Chrome }
func (caption) Name() string  { return "caption" }
func (caption) Roles() []Role { return []Role{Chrome} }
func (caption) Needs() []string {
	return append(append(append(append(captionOpens.all(), captionEnds.all()...), photoTags.all()...), photoCredits.all()...), "(", "（", "/", "／")
}

func (caption) Match(d *Doc, i int) bool {
	s := d.Lines[i].Sq
	if PhotoTag(s) {
		return true
	}
	if d.punct[i] || d.ends[i] {
		return false
	}
	if creditedCaption(s) || spacedCredit(d.Lines[i].Text) || creditFirst(s) {
		return true
	}
	if k, _, _ := Enumerator(s); k != NoEnum {
		return false // 一、走进服务现场: a numbered heading
	}
	if w, ok := captionOpens.prefix(s); ok && len(w) < len(s) {
		return true
	}
	if positionMarkRe.MatchString(s) {
		return true // 副主席张维明(右)看望百岁老人郭永兰(中): who stands where
	}
	if bracketedCaption(s) && i > 0 && i+1 < len(d.Lines) && d.ends[i-1] && d.punct[i+1] {
		return true // (老人们共同欢度重阳节) between paragraphs
	}
	w, ok := captionEnds.suffix(s)
	if !ok || len(w) == len(s) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); strings.ContainsRune(captionMarks, r) {
		return true // △ 某地召开2023年…会议现场: the mark points at the photo
	}
	if strings.ContainsAny(captionYearRe.ReplaceAllString(s, ""), "0123456789") {
		return false // a count or a number: a heading's, or a sentence's
	}
	// Over the running text, or over the caption of the next photo in a
	// row (活动现场 / 某局长在会上主持并讲话), or beside one that closes as
	// it does (慰问困难群众现场 / 慰问困难群众现场: two photos' captions).
	return i > 0 && i+1 < len(d.Lines) && (d.ends[i-1] || creditedLine(d, i-1) || sceneLine(d, i-1)) && (d.punct[i+1] || (namedCaption{}).Match(d, i+1) || sceneLine(d, i+1))
}

// sceneLine reports whether line j names what a photo shows and nothing
// else: words closing on a caption's word (…现场, …合影), with no mark of
// a sentence.
func sceneLine(d *Doc, j int) bool {
	s := d.Lines[j].Sq
	w, ok := captionEnds.suffix(s)
	return ok && len(w) < len(s) && !d.punct[j] // a sentence's end would close it on a stop, no caption's word
}

// creditedLine reports whether line j is a photo's caption with its
// credit (…分会场 王某某 摄): the caption of the photo set over another,
// as a sentence that ended would be.
func creditedLine(d *Doc, j int) bool {
	return creditedCaption(d.Lines[j].Sq) || spacedCredit(d.Lines[j].Text)
}

// captionYearRe is the year of the meeting or event a caption names
// (2021年全省民政工作会议某某分会场): no count, it leaves the line a caption.
var captionYearRe = regexp.MustCompile(`(?:19|20)\d{2}\s*年`)

// captionMarks open a caption a news page sets under its photo, pointing
// up at it (△ 会议现场, ▲ 活动合影): a caption so marked may name a year
// or a count that an unmarked one may not.
const captionMarks = "△▲"

// creditedCaption reports whether s is what a photo shows with its credit
// after a slash (某某驿站提供医养服务/记者拍摄, …/张三 摄) or in brackets
// after it (…新闻发布会(某网记者某某摄)): the credit ends
// with a verb of creditverb (摄, 供图), and what stands before the slash
// is more than a name, which a byline's 张三/图文 credits.
func creditedCaption(s string) bool {
	// Or in brackets closing it (…新闻发布会(某网记者某某摄)).
	for _, b := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if v, ok := strings.CutSuffix(s, b[1]); ok {
			if k := strings.LastIndex(v, b[0]); k > 0 {
				what, credit := strings.TrimSpace(v[:k]), strings.TrimSpace(v[k+len(b[0]):])
				if _, ok := creditVerbs.suffix(credit); ok && !strings.ContainsAny(credit, "()（）") {
					return HasHan(what) && utf8.RuneCountInString(what) > longestName
				}
			}
		}
	}
	k := strings.LastIndexAny(s, "/／")
	if k <= 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[k:])
	what, credit := strings.TrimSpace(s[:k]), strings.TrimSpace(s[k+n:])
	if _, ok := creditVerbs.suffix(credit); !ok || strings.ContainsAny(what, "/／") {
		return false
	}
	return HasHan(what) && utf8.RuneCountInString(what) > longestName
}

// spacedCredit reports whether t is what a photo shows with its credit
// set apart by spaces at its end (全省民政工作会议分会场 王某某 摄, … 王某某摄):
// a name of two to four characters and a verb of creditverb, after more
// words than a name.
func spacedCredit(t string) bool {
	fs := strings.Fields(t)
	if len(fs) < 2 {
		return false
	}
	what, name := fs[:len(fs)-1], fs[len(fs)-1]
	if v, ok := photoCredits.suffix(name); ok {
		name = strings.TrimSuffix(name, v)
	} else {
		return false
	}
	if name == "" {
		if len(what) < 2 {
			return false
		}
		what, name = what[:len(what)-1], what[len(what)-1]
	}
	if !surnamedName(name) {
		return false // 抓好拍摄: a verb's object, no one's credit
	}
	w := strings.Join(what, "")
	return HasHan(w) && utf8.RuneCountInString(w) > longestName
}

// creditFirst reports whether s is what a photo shows with its credit
// closing it, the verb before the name (发布会现场摄影某某某, 活动现场 摄影
// 某某): more words than a name, a verb of photocredit (摄影, 供图), and a
// name.
func creditFirst(s string) bool {
	for _, w := range photoCredits.all() {
		k := strings.LastIndex(s, w)
		if k <= 0 {
			continue
		}
		what, name := strings.TrimSpace(s[:k]), strings.TrimSpace(s[k+len(w):])
		if surnamedName(name) && HasHan(what) && utf8.RuneCountInString(what) > longestName {
			return true
		}
	}
	return false
}

// surnamedName reports whether s reads as a person's name: two Chinese
// characters to longestName, opening with a surname.
func surnamedName(s string) bool {
	n := utf8.RuneCountInString(s)
	_, ok := lexicon.Surnames().Prefix(s)
	return n >= 2 && n <= longestName && allHan(s) && ok
}

// allHan reports whether s is Chinese characters alone.
func allHan(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !IsHan(r) }) < 0
}

// longestName is the most characters a Chinese name holds: a surname of
// two characters and a given name of two.
const longestName = 4

// positionMarkRe is where a caption places a person in the photo, in
// brackets after the name: (左), (右二), (中), (前排左三), (左起第二).
var positionMarkRe = regexp.MustCompile(`\p{Han}[（(](?:前排|后排|中排)?[左右中](?:起第?)?[一二三四五六七八九十]?[）)]`)

// PhotoTag reports whether s is a bracketed tag that names a photo or a
// video, alone ([图片], 【资料图】) or with what it shows after a colon
// ((图:某区召开工作会议), not a credit: (图：记者 某某 摄)): where the page
// set the picture.
func PhotoTag(s string) bool {
	for _, b := range [][2]string{{"【", "】"}, {"[", "]"}, {"［", "］"}, {"(", ")"}, {"（", "）"}} {
		if v, ok := strings.CutPrefix(s, b[0]); ok {
			if v, ok = strings.CutSuffix(v, b[1]); ok {
				v = strings.TrimSpace(v)
				for _, colon := range []string{"：", ":"} {
					// What the photo shows, not who took it: (图：记者
					// 某某 摄) is a photo credit, a byline's to read.
					if tag, what, ok := strings.Cut(v, colon); ok && photoTags.has(tag) {
						_, credit := creditVerbs.suffix(strings.TrimSpace(what))
						return !credit
					}
				}
				return photoTags.has(v)
			}
		}
	}
	return false
}

// bracketedCaption reports whether s is a photo's caption set in brackets
// on its own line: words that name no body and no person, as an item's
// attribution (（市救助站）) or a byline's name (（张某）) would.
func bracketedCaption(s string) bool {
	inner, ok := strings.CutPrefix(s, "(")
	if !ok {
		inner, ok = strings.CutPrefix(s, "（")
	}
	if !ok {
		return false
	}
	if in, closed := strings.CutSuffix(inner, ")"); closed {
		inner = in
	} else if inner, ok = strings.CutSuffix(inner, "）"); !ok {
		return false
	}
	if strings.ContainsAny(inner, "()（）：:") || !HasHan(inner) {
		return false
	}
	if closesAttribution(s) || NamedByline(s) || agency.Shapes(inner) {
		return false
	}
	for _, f := range strings.Fields(inner) {
		if nameShaped(f) {
			return false // (张某 李某): the writers' names
		}
	}
	return true
}
