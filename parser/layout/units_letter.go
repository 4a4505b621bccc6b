package layout

import (
	"regexp"
	"strings"
	"unicode"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// A text set as a letter (a 倡议书, a 公开信) that a copy flattened into
// one line keeps only white space where its lines broke: the title, whom
// it greets (称呼, on a line of its own: GB/T 9704-2012 §7.3.2), the text,
// the 落款. These cut such a line where its title and its greeting part.

// greetingRunOnCuts cuts a title from the greeting a copy ran on after it,
// and the greeting from the text (文明过节倡议书 广大市民朋友们: 节日将至，…):
// words with no clause mark open the line (the title), white space, a
// greeting (cue list greetlead and addressee) and its colon, white space,
// then running text.
func greetingRunOnCuts(s string) []int {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	lead := len(s) - len(t)
	gap := strings.IndexFunc(t, unicode.IsSpace)
	if gap < 0 || !cue.HasHan(t[:gap]) || cue.SentencePunct(t[:gap]) || strings.ContainsAny(t[:gap], ":：") {
		return nil
	}
	rest := strings.TrimLeftFunc(t[gap:], unicode.IsSpace)
	k := cue.AddressOpening(rest)
	if k <= 0 || !cue.Greeting(strings.TrimRight(strings.TrimSpace(rest[:k]), ":：")) {
		return nil // a 主送 list after words is a sentence's, not a letter's
	}
	at := lead + len(t) - len(rest)
	return []int{at, at + k}
}

// spacedSignatureCuts cuts round a 落款 of several bodies printed side by
// side (GB/T 9704-2012 §7.3.5.2, a joint text), their names apart by white
// space, run on after the text's last sentence and before what follows
// (…推进者。 甲市文明办 甲市民政局 2025年3月31日 …): runOnSignatureRe reads
// one name only.
func spacedSignatureCuts(s string) []int {
	var cuts []int
	for _, m := range spacedSignatureRe.FindAllStringSubmatchIndex(s, -1) {
		if who, ok := cue.AgencyAndDate(s[m[2]:m[3]]); ok && who != "" {
			cuts = append(cuts, m[2], m[3])
		}
	}
	return cuts
}

// spacedSignatureRe is white space after a sentence's end, then names
// with no clause mark, white space between them, a full date, and white
// space or the line's end.
var spacedSignatureRe = regexp.MustCompile(`[。！!]\s+(\p{Han}[^。！？；，,:：\s]*(?:\s+\p{Han}[^。！？；，,:：\s]*)+\s*` + signatureDate + `)(?:\s|$)`)

// flatLine is the line that holds more than half of the document's text,
// the line a copy flattened the text into; -1 where none does.
func flatLine(cl []clean.Line) int {
	total, longest, at := 0, 0, -1
	for n, l := range cl {
		total += len(l.Text)
		if len(l.Text) > longest {
			longest, at = len(l.Text), n
		}
	}
	if 2*longest <= total {
		return -1
	}
	return at
}
