package segment

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

var _ = flag.Bool("update", false, "rewrite golden files")

func TestTag(t *testing.T) {
	sg, err := Shared()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   string
		want []string // word/tag pairs that must appear
	}{
		{"市民政局党组成员、副局长张毅在培训总结中指出", []string{"党组成员/n", "副局长/n", "张毅/"}},
		{"西峡县民政局积极做好经济困难老年人集中照护工作", []string{"西峡县/ns", "经济困难老年人/n"}},
		{"南阳市消防救援支队防火监督科副科长郑新芳", []string{"南阳市/ns", "副科长/n", "郑新芳/"}},
		{"完成4416名特困人员的自理能力评估", []string{"4416/m", "特困人员/n"}},
		// A field of the work, no place (福利 alone is tagged as one).
		{"局社会福利和彩票管理科负责开展检查", []string{"社会福利/n", "和/c"}},
	}
	for _, tc := range tests {
		var got []string
		joined := ""
		for _, tok := range sg.Tag(tc.in) {
			if tc.in[tok.Start:tok.End] != tok.Word {
				t.Fatalf("token %q at %d-%d does not match the text", tok.Word, tok.Start, tok.End)
			}
			got = append(got, tok.Word+"/"+tok.Tag)
			joined += tok.Word
		}
		if joined != tc.in {
			t.Errorf("tokens %q do not cover %q", got, tc.in)
		}
		all := strings.Join(got, " ") + " "
		for _, w := range tc.want {
			if !strings.Contains(all, w) {
				t.Errorf("%q: no %q in %v", tc.in, w, got)
			}
		}
	}
}

// TestConcurrentTag checks that one segmenter gives the same cut from many
// goroutines at once as from one: parse --jobs shares it.
func TestConcurrentTag(t *testing.T) {
	sg, err := Shared()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"市民政局党组成员、副局长张毅在培训总结中指出，全市各级民政部门干部职工要切实做到学以致用。",
		"截至目前，共排查经济困难老年人200余人，评估老年人能力情况30人，已纳入集中照护服务对象7人。",
		"省民政厅副厅长聂元松一行到云浮市调研养老服务、社会救助工作推进情况暨开展春节前困难群众走访慰问活动。",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = fmt.Sprint(sg.Tag(s))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for n := 0; n < 200; n++ {
				i := (g + n) % len(texts)
				if got := fmt.Sprint(sg.Tag(texts[i])); got != want[i] {
					errs <- got
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent cut differs: %s", e)
	}
}

// TestTagMatchesJieba checks that the cheaper tagging gives gojieba's own
// Tag, word for word and tag for tag, on the corpus.
func TestTagMatchesJieba(t *testing.T) {
	sg, err := Shared()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		var ours []string
		for _, tok := range sg.Tag(string(b)) {
			ours = append(ours, tok.Word+"/"+tok.Tag)
		}
		theirs := sg.j.Tag(string(b))
		if len(ours) != len(theirs) {
			t.Fatalf("%s: %d words, jieba %d", f, len(ours), len(theirs))
		}
		diff := 0
		for i := range ours {
			if ours[i] != theirs[i] {
				if diff < 5 {
					t.Errorf("%s: word %d is %s, jieba says %s", filepath.Base(f), i, ours[i], theirs[i])
				}
				diff++
			}
		}
	}
}

// TestUserDictUpToDate checks that the embedded user dictionary is the one
// the lexicons give today: run go generate ./parser/segment after changing
// them.
func TestUserDictUpToDate(t *testing.T) {
	// The words' frequency is gendict's, from jieba's dictionary.
	first, _, _ := bytes.Cut(userDictData, []byte{'\n'})
	f := bytes.Fields(first)
	if len(f) != 3 {
		t.Fatalf("dict/user.utf8: first line %q is not word, frequency, tag", first)
	}
	freq, err := strconv.Atoi(string(f[1]))
	if err != nil {
		t.Fatal(err)
	}
	if string(UserDict(freq)) != string(userDictData) {
		t.Errorf("dict/user.utf8 is stale: run go generate ./parser/segment")
	}
}

// BenchmarkTag compares the segmenter's tagging with gojieba's own Tag, the
// yardstick, over the whole corpus text.
func BenchmarkTag(b *testing.B) {
	sg, err := Shared()
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	var all []byte
	for _, f := range files {
		d, _ := os.ReadFile(f)
		all = append(all, d...)
	}
	text := string(all)
	b.Run("gojieba-Tag", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for i := 0; i < b.N; i++ {
			sg.j.Tag(text)
		}
	})
	b.Run("segment-Tag", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for i := 0; i < b.N; i++ {
			sg.Tag(text)
		}
	})
}

// TestTagIndexCurrent checks that dict/tags.bin gives every word of the
// embedded dictionaries the tag cppjieba's tagger would, the user
// dictionary's winning. (It holds the words gendict leaves out too.)
func TestTagIndexCurrent(t *testing.T) {
	ix, err := readTagIndex(tagsData)
	if err != nil {
		t.Fatal(err)
	}
	words, tags := dictIndex(jiebaDict)
	user := userTags(userDictData)
	for i, w := range words {
		if w == RestWord {
			continue
		}
		want := tags[i]
		if u, ok := user[w]; ok {
			want = u
		}
		if got, ok := ix.lookup(w); !ok || got != want {
			t.Fatalf("tag of %q = %q, %v; want %q: run go generate ./parser/segment", w, got, ok, want)
		}
	}
	for w, want := range user {
		if got, ok := ix.lookup(w); !ok || got != want {
			t.Fatalf("tag of user word %q = %q, %v; want %q: run go generate ./parser/segment", w, got, ok, want)
		}
	}
	for _, w := range []string{"", "不是一个词语吧", "zzz"} {
		if got, ok := ix.lookup(w); ok {
			t.Errorf("lookup(%q) = %q, want none", w, got)
		}
	}
	if _, err := readTagIndex(tagsData[:len(tagsData)/2]); err == nil {
		t.Error("a cut table reads without error")
	}
}
