package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestBrokenFigure: an extraction that wraps running text at any
// character breaks a figure over two lines (…补贴72261 / 8元): joined
// whole; two figures of a grid read as text, on lines that are no full
// lines of clauses, stay two.
func TestBrokenFigure(t *testing.T) {
	wrapped := "某县2025年10月特困人员救助供养情况\n" +
		"2025年10月份全县共有城乡分散供养特困人员共711户718人,其中农村特困7\n" +
		"13人,城市特困5人;特困人员中照料护理补贴一档人数45人,二档人数213人,\n" +
		"三档人数460人。某2025年10月共发放分散供养特困人员基本生活补贴72261\n" +
		"8元,发放照料护理补贴59842元。全县共有城乡集中供养特困人员共41户41\n" +
		"人,其中农村特困41人;二档人数26人,三档人数9人。\n"
	short := wrapped + "其中城关镇,发放户数48\n26.51%为农村特困人员。\n"
	tests := []struct {
		name, text, want, not string
	}{
		{"a figure broken at the wrap", wrapped, "补贴722618元", "72261 8元"},
		{"at the first line's end", wrapped, "农村特困713人", "特困7 13人"},
		// Not so.
		{"two figures on a line short of the wrap", short, "48 26.51%", "4826.51%"},
	}
	for _, tc := range tests {
		d := Analyze(clean.Lines(tc.text))
		var all []string
		for _, p := range d.Passages {
			all = append(all, strings.ReplaceAll(p.Text.String(), "\n", ""))
		}
		for _, it := range d.Items {
			all = append(all, strings.ReplaceAll(it.Body.String(), "\n", ""))
		}
		got := strings.Join(all, "|")
		if !strings.Contains(got, tc.want) || strings.Contains(got, tc.not) {
			t.Errorf("%s: text %q, want %q in it and not %q", tc.name, got, tc.want, tc.not)
		}
	}
}
