package layout

import (
	"strings"
	"testing"

	"bulletin/parser/layout/cue"
)

// TestCitesDocument: a numbered heading that names a document and closes
// with its number in brackets ends there though it fills the wrap width,
// and so does one whose number's tail the wrap set on the line below; a
// heading that fills the wrap with a document cited in running text (…的通知》
// (某发〔2015〕3号)精神) and one that closes with no number go on.
func TestCitesDocument(t *testing.T) {
	H, B := cue.Heading, cue.Body
	text := []string{
		"撤销某某县，设立某市某某区，以原某某县的行政区域为某某区的行政",
		"区域，某某区人民政府驻城厢镇兴武大道245号。各地要认真做好交接",
		"工作，确保各项工作平稳有序，按时完成各项任务，切实维护群众利益",
		"和社会稳定，有关情况及时报告。",
	}
	for _, tc := range []struct {
		name    string
		heading []string
		ask     int // the heading line asked, from 0
		want    bool
	}{
		{"a document's number closes the line", []string{"二、国务院关于同意某某省调整某市部分行政区划的批复(国函〔2015〕37号)"}, 0, true},
		{"the number's tail wrapped", []string{"一、国务院关于同意某某自治区调整某市部分行政区划的批复(国函〔2015〕3", "6号)"}, 1, true},
		{"a document cited in a sentence", []string{"一、各地要认真贯彻落实《某某省民政厅关于加强养老服务的通知》(某民发〔2015〕3号)"}, 0, false},
		{"no number at the line's end", []string{"一、国务院关于同意某某省调整某市部分行政区划的批复，撤销某某县设立某"}, 0, false},
		{"no enumerator", []string{"国务院关于同意某某省调整某市部分行政区划的批复(国函〔2015〕37号)"}, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := append(append(append([]string{}, text...), tc.heading...), text...)
			roles := make([]cue.Role, len(lines))
			for i := range roles {
				roles[i] = B
			}
			roles[len(text)] = H
			a := labelledAssembly(lines, roles)
			if a.d.Wrap == 0 {
				t.Fatalf("no wrap measured")
			}
			if got := a.citesDocument(len(text) + tc.ask); got != tc.want {
				t.Errorf("citesDocument = %v, want %v (wrap %.1f)", got, tc.want, a.d.Wrap)
			}
		})
	}
}

// TestCitedDocumentItems: a list of documents relaid at a narrow width
// keeps each entry's title to its number, whether the number closes the
// line that fills the wrap or wraps onto the line under it; the text under
// each is the entry's body.
func TestCitedDocumentItems(t *testing.T) {
	lines := append(append([]string{"某市民政局关于某某事项的通知"}, wrapped20...),
		"一、国务院关于同意某省调整某市部分行政区划的批复(国函〔2015〕3",
		"6号)",
		"撤销某某县，设立某市某某区。",
		"二、国务院关于同意某省调整某市部分行政区划的批复(国函〔2015〕37号)",
		"撤销某某乙县，设立某市某某乙区。",
	)
	roles := []cue.Role{cue.Title}
	for _, l := range lines[1:] {
		if enumerated(l) {
			roles = append(roles, cue.Heading)
		} else {
			roles = append(roles, cue.Body)
		}
	}
	doc := assembleLines(lines, roles, len(profiles)-1)
	var got []string
	for _, it := range doc.Items {
		got = append(got, valueOf(it.Title))
	}
	want := []string{"国务院关于同意某省调整某市部分行政区划的批复(国函〔2015〕36号)", "国务院关于同意某省调整某市部分行政区划的批复(国函〔2015〕37号)"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("titles %q, want %q", got, want)
	}
}
