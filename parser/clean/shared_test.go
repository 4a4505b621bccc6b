package clean

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestLinesSameShared: a long text's lines measured and repaired in
// stretches on several goroutines are those of one, a text in two
// columns (whose gap is measured over all its lines) and one in one.
func TestLinesSameShared(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	var corpus strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		corpus.Write(b)
	}
	page := "    第 39 期                        安全底线，全面排查整治民政服务\n" +
		"    南阳市民政局办公室              机构用电用气的安全隐患。四要加快\n" +
		"  市长调研民政工作 11 月 26 日上午，   年度重点任务落实，逐项梳理。\n" +
		"\f  市民政局召开会议 11月27日，        会议强调，要提升站位，\n"
	for _, text := range []string{corpus.String(), strings.Repeat(page, 40)} {
		one := LinesOn(text, 1)
		for _, w := range []int{2, 3, 7} {
			if !reflect.DeepEqual(one, LinesOn(text, w)) {
				t.Fatalf("lines on %d goroutines differ from those on one", w)
			}
		}
	}
	if got := len(LinesOn(strings.Repeat(page, 40), 3)); got != 2*4*40 {
		t.Fatalf("%d lines of a text in two columns, want %d: its columns were not found", got, 2*4*40)
	}
}
