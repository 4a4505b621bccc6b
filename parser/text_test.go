package parser

import (
	"context"
	"os"
	"testing"
)

// TestParseWithTextIsText: the text ParseWithText returns beside the record
// is the text Text reads, for a text file and for a Word file.
func TestParseWithTextIsText(t *testing.T) {
	for _, f := range []string{"../testdata/corpus/yunfu-2022-01.txt", "../testdata/formats/beijing-star-rated-care-notice.docx"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := Source{Path: f, Data: data}
		rec, got, err := ParseWithText(context.Background(), src)
		if err != nil || rec == nil {
			t.Fatalf("%s: %v", f, err)
		}
		want, err := Text(context.Background(), src)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s: ParseWithText's text differs from Text's", f)
		}
	}
	if _, _, err := ParseWithText(context.Background(), Source{Path: "empty"}); err != ErrEmpty {
		t.Errorf("empty input: %v, want ErrEmpty", err)
	}
}
