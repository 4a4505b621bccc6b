package extract

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bulletin/parser/lexicon"
	"bulletin/schema"
)

// Phones finds the numbers printed with no person: hotlines, reporting and
// office lines. Each keeps the label it is printed under (举报电话,
// 救助(监督)热线电话) and the body it belongs to: the agency printed before
// it with a colon (新余市民政局：0790-6413008), inside its label
// (成都市民政局信访咨询电话) or earlier in its sentence (请与某所联系，联系
// 电话：…). A label reaches over the lines of a list of such numbers. A
// number bound to a 联系人 is the contact's.
type Phones struct{}

func (Phones) Name() string { return "phones" }
func (Phones) Requires() []Extractor {
	return []Extractor{Dates{}, Quantities{}, Agencies{}, Contacts{}}
}

var (
	// serviceNumbers are the short numbers of public service lines (12345,
	// 12349, 96156), read only where a label stands next to them; each
	// lies in a run of five digits or more.
	serviceNumbers = cuedExpr{regexp.MustCompile(`[19]\d{4}`), digitRunCues(5), isDigitRune}
	// listGlue is what may stand between a label and its numbers besides
	// other numbers and the bodies they belong to.
	listGlue = " \t\n：:（(）)、，,;；/"
)

func (Phones) Extract(in *Input, out *schema.Entities) any {
	s := in.Text.String()
	if in.cues().digits < 5 {
		return nil
	}
	taken := index(resultOf[DatesFound](in, Dates{}).Dates,
		resultOf[ContactsFound](in, Contacts{}).Phones,
		resultOf[QuantitiesFound](in, Quantities{}).Quantities)
	agencies := resultOf[AgenciesFound](in, Agencies{}).Agencies
	var numbers ranges
	for _, m := range phoneNumbers.findAll(s) {
		if (m[0] > 0 && figureAt(s, m[0]-1)) || figureAt(s, m[1]) {
			continue
		}
		numbers = append(numbers, byteRange{m[0], m[1]})
	}
	// Service numbers never overlap each other: only the phones above
	// are to be kept clear of.
	phones := index(numbers)
	for _, m := range serviceNumbers.findAll(s) {
		if (m[0] > 0 && figureAt(s, m[0]-1)) || figureAt(s, m[1]) || phones.overlap(m[0], m[1]) {
			continue
		}
		// 12345市长热线, 热线：12349: only next to a label.
		if _, ok := labelEndingAt(s, m[0]); ok || labelAfter(s, m[1]) {
			numbers = append(numbers, byteRange{m[0], m[1]})
		}
	}
	seen := map[string]bool{}
	x := indexSpans(numbers, agencies)
	var prev labelled
	for _, n := range sortedRanges(numbers) {
		if taken.overlap(n.Start, n.End) {
			continue
		}
		number := s[n.Start:n.End]
		body := bodyColon(s, x, n.Start)
		label, labelAt := phoneLabel(s, x, n.Start, prev)
		prev = labelled{label, labelAt, n.End, true}
		if label == "" && body == "" && !labelAfter(s, n.End) {
			continue // a number nothing marks as a phone
		}
		if seen[number] {
			continue
		}
		seen[number] = true
		p := schema.Phone{Number: number}
		start, end := n.Start, n.End
		if label == "" {
			// 12345市长热线: the label after the number.
			if e := labelAfterEnd(s, n.End); e > n.End {
				label, labelAt, end = s[n.End:e], n.Start, e
			}
		}
		colon := bodyColonStart(s, x, n.Start)
		if colon >= 0 {
			start = colon
		}
		if label != "" {
			p.Label = &label
			// The label is part of the text found where it stands next to
			// the number, not where it heads a list of bodies' numbers.
			if colon < 0 && labelAt < start && strings.Trim(s[labelAt+len(label):start], listGlue) == "" {
				start = labelAt
			}
			if body == "" {
				body = bodyBefore(s, agencies, min(start, labelAt))
			}
		}
		if body != "" {
			p.Body = &body
		}
		p.Found = found(in.Text, start, end, "phones/label")
		out.Phones = append(out.Phones, p)
	}
	return nil
}

// spans indexes the numbers and the agencies of a text by where they end
// and start, so that a walk over a list of numbers steps in constant time.
type spans struct {
	numEnd, agEnd, agStart map[int]int
}

func indexSpans(numbers, agencies ranges) spans {
	x := spans{map[int]int{}, map[int]int{}, map[int]int{}}
	for _, n := range numbers {
		x.numEnd[n.End] = n.Start
	}
	for _, a := range agencies {
		x.agEnd[a.End] = a.Start
		x.agStart[a.Start] = a.End
	}
	return x
}

func (x spans) endsAgency(i int) bool {
	_, ok := x.agEnd[i]
	return ok
}

// labelEndingAt finds the label ending that stands right before i, past a
// colon or an opening bracket: 电话：|, 热线(|.
func labelEndingAt(s string, i int) (int, bool) {
	j := strings.TrimRight(s[:i], " \t：:（(")
	r, w := utf8.DecodeLastRuneInString(j)
	if w == 0 || !unicode.Is(unicode.Han, r) {
		return 0, false
	}
	if e, ok := lexicon.PhoneWords().EndingAt(j, len(j)); ok && lexicon.PhoneWords().Label(e, 0) == "ending" {
		return len(j), true
	}
	return 0, false
}

// labelAfter reports whether a label ending follows a number directly
// (12345市长热线 reads its label after it).
func labelAfter(s string, j int) bool { return labelAfterEnd(s, j) > j }

// labelAfterEnd is where the label that follows a number at j ends, or j:
// the words up to the first label ending (市长热线, 养老服务热线). A number
// with a unit after it is a quantity, read before.
func labelAfterEnd(s string, j int) int {
	rest := s[j:]
	for rest != "" {
		r, w := utf8.DecodeRuneInString(rest)
		if !unicode.Is(unicode.Han, r) {
			return j
		}
		rest = rest[w:]
		if e, ok := lexicon.PhoneWords().EndingAt(s, len(s)-len(rest)); ok && lexicon.PhoneWords().Label(e, 0) == "ending" {
			return len(s) - len(rest)
		}
	}
	return j
}

// phoneLabel finds the label a number at i is printed under: the last label
// before it with nothing between but the glue of a list (colons, spaces,
// brackets, other numbers and the bodies they belong to). It returns the
// label and where it starts.
func phoneLabel(s string, x spans, i int, prev labelled) (string, int) {
	j := i
	for j > 0 {
		if j == prev.end && prev.ok {
			return prev.label, prev.at // the list goes on: the label of the number before
		}
		if e, ok := labelEndingAt(s, j); ok {
			start := labelStart(s, x, e)
			return s[start:e], start
		}
		k := listStepBack(s, x, j)
		if k == j {
			return "", 0
		}
		j = k
	}
	return "", 0
}

// labelled is the label found for the number ending at end.
type labelled struct {
	label   string
	at, end int
	ok      bool
}

// listStepBack steps back from j over one piece of list glue: a glue
// character, a number, or a body's name before a colon.
func listStepBack(s string, x spans, j int) int {
	r, w := utf8.DecodeLastRuneInString(s[:j])
	if strings.ContainsRune(listGlue, r) {
		return j - w
	}
	if start, ok := x.numEnd[j]; ok {
		return start
	}
	if start, ok := x.agEnd[j]; ok && colonAt(s, j) {
		return start
	}
	return j
}

// labelStart walks back from a label ending at e over the words of the
// label: Han characters and bracketed insertions (救助(监督)热线电话), up to
// punctuation, a space, a line's start or the end of a body's name, and
// without the words that lead into a label (拨打).
func labelStart(s string, x spans, e int) int {
	i, depth := e, 0
	for i > 0 && !(depth == 0 && i < e && x.endsAgency(i)) {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if r == ')' || r == '）' {
			depth++
		} else if (r == '(' || r == '（') && depth > 0 {
			depth--
		} else if !unicode.Is(unicode.Han, r) {
			break
		}
		i -= w
	}
	for {
		lead, ok := lexicon.PhoneWords().At(s, i)
		if !ok || lexicon.PhoneWords().Label(lead, 0) != "lead" || i+len(lead) >= e {
			return i
		}
		i += len(lead)
	}
}

// colonAt reports whether a colon follows at j, past spaces.
func colonAt(s string, j int) bool {
	rest := strings.TrimLeft(s[j:], " \t")
	return strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")
}

// bodyColon is the agency printed before the number at i with a colon
// (新余市民政局：0790-6413008), or "".
func bodyColon(s string, x spans, i int) string {
	if b := bodyColonStart(s, x, i); b >= 0 {
		return s[b:x.agStart[b]]
	}
	return ""
}

// bodyColonStart is where the agency of bodyColon starts, or -1.
func bodyColonStart(s string, x spans, i int) int {
	j := len(strings.TrimRight(s[:i], " \t"))
	switch {
	case strings.HasSuffix(s[:j], "："):
		j -= len("：")
	case strings.HasSuffix(s[:j], ":"):
		j--
	default:
		return -1
	}
	j = len(strings.TrimRight(s[:j], " \t"))
	if start, ok := x.agEnd[j]; ok {
		return start
	}
	return -1
}

// bodyBefore is the last agency of the sentence before byte offset i (请与
// 某殡葬管理所联系，联系电话…), or "".
func bodyBefore(s string, agencies ranges, i int) string {
	start := strings.LastIndexAny(s[:i], "。！？；\n")
	body := ""
	for _, a := range agencies {
		if a.Start > start && a.End <= i {
			body = s[a.Start:a.End]
		}
	}
	return body
}

// sortedRanges returns rs in text order.
func sortedRanges(rs ranges) ranges {
	out := append(ranges(nil), rs...)
	slices.SortFunc(out, func(a, b byteRange) int { return cmp.Compare(a.Start, b.Start) })
	return out
}
