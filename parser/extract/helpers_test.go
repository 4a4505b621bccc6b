package extract

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"bulletin/parser/chrono"
	"bulletin/parser/clean"
	"bulletin/parser/layout"
	"bulletin/parser/segment"
	"bulletin/parser/span"
	"bulletin/schema"
)

var _ = flag.Bool("update", false, "rewrite golden files")

// testDoc is a bulletin of 南阳's civil-affairs bureau issued on 2025-06-03:
// the reference for yearless dates and short agency names.
func testDoc() *layout.Document {
	e := chrono.Find("2025年6月3日", chrono.Ref{})[0]
	return &layout.Document{
		Kind:   layout.Bulletin,
		Issuer: &layout.Field{Value: "南阳市民政局办公室"},
		Date:   &layout.DateField{Field: layout.Field{Value: e.Value}, Expr: e},
	}
}

// input makes an Input of text as the cleaning and layout stages would:
// lines repaired and squeezed, joined with newlines.
func input(t testing.TB, text string) *Input {
	seg, err := segment.Shared()
	if err != nil {
		t.Fatal(err)
	}
	var b span.Builder
	doc := testDoc()
	// Each line takes the role the layout reads it in (the first part's,
	// where it splits a line), as a parsed document's lines do.
	roles := map[int]layout.Role{}
	analyzed := layout.Analyze(clean.Lines(text))
	doc.ProclaimedAt = analyzed.ProclaimedAt
	for _, l := range analyzed.Lines {
		if _, ok := roles[l.Num]; !ok {
			roles[l.Num] = l.Role
		}
	}
	for _, l := range clean.Lines(text) {
		if l.Blank() {
			continue
		}
		doc.Lines = append(doc.Lines, layout.Labelled{Num: l.Num, Text: l.Text, Role: roles[l.Num]})
		if b.Len() > 0 {
			b.AddSeparator("\n", l.Num)
		}
		b.AddLine(l.Text, l.Num)
	}
	return &Input{Text: b.Text(), Role: "item", Env: NewEnv(doc, seg)}
}

// run runs every extractor up to and including the named one.
func run(t testing.TB, text, upTo string) schema.Entities {
	return extractThrough(input(t, text), upTo)
}

// extractThrough runs the extractors on in in their order, up to and
// including the one named upTo.
func extractThrough(in *Input, upTo string) schema.Entities {
	var out schema.Entities
	for _, x := range All {
		in.extract(x, &out)
		if x.Name() == upTo {
			break
		}
	}
	return out
}

func list(parts []string) string { return strings.Join(parts, "; ") }

func TestAllOrder(t *testing.T) {
	seen := map[string]bool{}
	for _, x := range All {
		for _, n := range x.Requires() {
			if !seen[n.Name()] {
				t.Errorf("%s requires %s, which does not run before it", x.Name(), n.Name())
			}
		}
		seen[x.Name()] = true
	}
}

// inShortQuote looks only near i; it must answer as a search of the whole
// text does.
func TestInShortQuoteWindow(t *testing.T) {
	whole := func(s string, i int) bool {
		open := strings.LastIndex(s[:i], "“")
		if open < 0 || strings.LastIndex(s[:i], "”") > open {
			return false
		}
		end := strings.Index(s[i:], "”")
		return end >= 0 && utf8.RuneCountInString(s[open:i+end]) <= 10
	}
	texts := []string{
		"开展“三下乡”活动，“一老一小”服务，“五位一体”总体布局。",
		"“民政服务进万家，关爱困难群众暖人心，开展走访慰问活动共计一百二十次”",
		"前言“abcdefghij”后记“1234567890123”结尾“",
		"没有引号的句子，一共三个人。”孤立的右引号“孤立的左引号",
	}
	n := 0
	for _, s := range texts {
		for i := range s {
			if got, want := inShortQuote(s, i), whole(s, i); got != want {
				t.Fatalf("inShortQuote(%q, %d) = %v, want %v", s, i, got, want)
			} else if got {
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no position inside a short quote: the test checks nothing")
	}
}

// cuesOf reads every cue in one pass over the bytes.
func TestCues(t *testing.T) {
	tests := []struct {
		in   string
		want textCues
	}{
		{"上午9:30召开", textCues{digits: 2, clock: true}},
		{"14：00至16：00", textCues{digits: 2, clock: true}},
		{"联系人：王晨晖，电话：0377-63135678", textCues{digits: 8}},
		{"时间：2025年6月3日", textCues{digits: 4}},
		{"比例为3：", textCues{digits: 1}},
		{"平民〔2021〕54号", textCues{digits: 4, closeBracket: true}},
		{"【工作动态】与[2021]和［2022］", textCues{digits: 4, closeBracket: true}},
		{"邮箱nymzj@163.com，网址http://mzj.nanyang.gov.cn", textCues{digits: 3, at: true, slash: true}},
		{"手机13803771234", textCues{digits: 11}},
		{"", textCues{}},
	}
	for _, tt := range tests {
		if got := cuesOf(tt.in); got != tt.want {
			t.Errorf("cuesOf(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// newClauses steps over Han characters by their bytes; it must find the
// marks a rune-by-rune scan finds.
func TestClauseMarks(t *testing.T) {
	s := "南阳市民政局（社会事业局）召开会议，部署“两节”工作；要求：各县区、各单位《通知》精神!A,B;C:D?(E)\n一是……"
	var want []int
	for i, r := range s {
		if clauseMark(r) {
			want = append(want, i)
		}
	}
	got := newClauses(s, nil).stops
	if len(want) < 10 || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("stops = %v, want %v", got, want)
	}
}

// rowCase is a text and what an extractor's record of it should list,
// rendered a row an entity and joined by list.
type rowCase struct{ in, want string }

// checkRows runs the extractors up to upTo on each case's text and holds
// the rows render makes of the record to the case's.
func checkRows(t *testing.T, tests []rowCase, upTo string, render func(schema.Entities) []string) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := list(render(run(t, tc.in, upTo))); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// contactRows renders each contact as its name, phone and e-mail.
func contactRows(e schema.Entities) []string {
	var out []string
	for _, c := range e.Contacts {
		out = append(out, orDash(c.Name)+" "+orDash(c.Phone)+" "+orDash(c.Email))
	}
	return out
}

// agencyTexts runs the extractors on in up to agencies and lists the
// agencies' texts.
func agencyTexts(in *Input) string {
	var out schema.Entities
	for _, x := range All {
		in.extract(x, &out)
		if x.Name() == "agencies" {
			break
		}
	}
	var got []string
	for _, a := range out.Agencies {
		got = append(got, a.Text)
	}
	return list(got)
}

// agencyRows renders each agency as text=full name/level.
func agencyRows(e schema.Entities) []string {
	var out []string
	for _, a := range e.Agencies {
		out = append(out, a.Text+"="+a.FullName+"/"+a.Level)
	}
	return out
}

// personRows renders each person as name, role [titles] @agency.
func personRows(e schema.Entities) []string {
	var out []string
	for _, p := range e.People {
		s := p.Name + " "
		if p.Role == nil {
			s += "-"
		} else {
			s += *p.Role + " [" + strings.Join(p.Titles, " ") + "]"
		}
		if p.Agency != "" {
			s += " @" + p.Agency
		}
		out = append(out, s)
	}
	return out
}

// amountRows renders each quantity as value and unit.
func amountRows(e schema.Entities) []string {
	var out []string
	for _, q := range e.Quantities {
		out = append(out, strconv.FormatFloat(q.Value, 'f', -1, 64)+" "+q.Unit)
	}
	return out
}

// kindTargets is a text read as a document of a kind and the targets it
// gives (targetRows).
type kindTargets struct {
	name, in, want string
	kind           layout.Kind
}

// checkKindTargets holds the targets extractor to each case, its text
// read as a document of the case's kind.
func checkKindTargets(t *testing.T, tests []kindTargets) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := input(t, tc.in)
			in.Env.Doc.Kind = tc.kind
			if got := targetRows(in); got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// targetRows runs the extractors up to targets on in and renders each
// target and achievement as stance, value, unit and deadline.
func targetRows(in *Input) string {
	out := extractThrough(in, "targets")
	var got []string
	for _, x := range append(append([]schema.Target(nil), out.Targets...), out.Achievements...) {
		got = append(got, x.Stance+" "+strconv.FormatFloat(x.Value, 'f', -1, 64)+" "+x.Unit+" "+orDash(x.Deadline))
	}
	return list(got)
}
