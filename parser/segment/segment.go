// Package segment cuts Chinese text into words with part-of-speech tags
// (nr person, ns place, nt organisation, m numeral, x unknown), using
// gojieba with dictionaries embedded in the binary: a trimmed jieba
// dictionary, jieba's HMM model for words it does not know (most personal
// names), and a user dictionary built from the project's lexicons (places,
// titles, civil-affairs terms). The segmenter loads once and is shared.
package segment

import (
	"bytes"
	_ "embed"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/yanyiwu/gojieba"

	"bulletin/parser/lexicon"
)

//go:generate go run ./gendict -n 40000 -load 20000 -texts ../../testdata/corpus -o dict/jieba.utf8 -user dict/user.utf8 -tags dict/tags.bin

// The embedded dictionaries; dict/SOURCE.md says where they come from.
var (
	//go:embed dict/jieba.utf8
	jiebaDict []byte
	//go:embed dict/hmm_model.utf8
	hmmModel []byte
	//go:embed dict/user.utf8
	userDictData []byte
	//go:embed dict/tags.bin
	tagsData []byte
)

// RestWord is the entry of dict/jieba.utf8 that carries the frequencies
// of the words gendict leaves out, so that the words loaded weigh what
// they weigh among all. cppjieba cuts text at 。 before it looks words up,
// so no text holds a word of two.
const RestWord = "。。"

// Token is one word of a text, with its tag and byte offsets.
type Token struct {
	Word       string
	Tag        string
	Start, End int
}

// Segmenter tags text. It is safe for use by several goroutines: cppjieba's
// cutting methods are const and share only the read-only dictionary, and
// the tag table is only read.
type Segmenter struct {
	j *gojieba.Jieba
	// tags gives every word of the dictionaries its tag, the user
	// dictionary's winning, and the words gendict leaves out theirs (the
	// HMM puts some together); go generate builds it (dict/tags.bin).
	tags tagIndex
}

var shared = sync.OnceValues(load)

// Shared returns the process's segmenter, loading it on first use.
func Shared() (*Segmenter, error) { return shared() }

var preload sync.Once

// Preload starts loading the segmenter in the background, so that the work
// done before the first cut overlaps the load (most of a cold start).
func Preload() {
	preload.Do(func() { go shared() })
}

// Tag cuts s into tagged tokens. It gives what gojieba's Tag gives, at
// about half its cost: jieba cuts (Cut, with its HMM for unknown words), and
// each word's tag is looked up in the dictionary's table here, by the rule
// cppjieba's PosTagger applies (an unknown word is m if its ASCII is all
// digits, eng if it holds letters, x otherwise).
func (sg *Segmenter) Tag(s string) []Token {
	if s == "" {
		return nil
	}
	words := sg.j.Cut(s, true)
	out := make([]Token, 0, len(words))
	off := 0
	for _, w := range words {
		start := off
		if !strings.HasPrefix(s[off:], w) {
			if i := strings.Index(s[off:], w); i >= 0 {
				start = off + i
			} else {
				continue
			}
		}
		off = start + len(w)
		out = append(out, Token{Word: w, Tag: sg.tagOf(w), Start: start, End: off})
	}
	return out
}

func (sg *Segmenter) tagOf(w string) string {
	if t, ok := sg.tags.lookup(w); ok {
		return t
	}
	return specialTag(w)
}

// specialTag is the tag of a word no dictionary holds.
func specialTag(w string) string {
	// cppjieba's PosTagger::SpecialRule, to the letter: it counts ASCII in
	// the first half of the word only.
	rs := []rune(w)
	ascii, digits := 0, 0
	for i := 0; i < len(rs) && ascii < len(rs)/2; i++ {
		if rs[i] < 0x80 {
			ascii++
			if rs[i] >= '0' && rs[i] <= '9' {
				digits++
			}
		}
	}
	switch {
	case ascii == 0:
		return "x"
	case digits == ascii:
		return "m"
	}
	return "eng"
}

// dictIndex lists the words of a jieba dictionary (lines of word,
// frequency, tag) with their tags. The strings are views of one copy of
// the dictionary.
func dictIndex(dict []byte) (words, tags []string) {
	text := string(dict)
	n := strings.Count(text, "\n") + 1
	words, tags = make([]string, 0, n), make([]string, 0, n)
	for len(text) > 0 {
		line := text
		if k := strings.IndexByte(text, '\n'); k >= 0 {
			line, text = text[:k], text[k+1:]
		} else {
			text = ""
		}
		first, last := strings.IndexByte(line, ' '), strings.LastIndexByte(line, ' ')
		if first <= 0 {
			continue
		}
		words, tags = append(words, line[:first]), append(tags, line[last+1:])
	}
	return words, tags
}

// userTags reads the user dictionary's lines (word, frequency, tag).
func userTags(user []byte) map[string]string {
	m := map[string]string{}
	for _, line := range bytes.Split(user, []byte{'\n'}) {
		if f := bytes.Fields(line); len(f) == 3 {
			m[string(f[0])] = string(f[2])
		}
	}
	return m
}

// UserDict is the user dictionary built from the lexicons: places (ns),
// titles of office (n), civil-affairs terms and agency words with their
// tags. go generate writes it to dict/user.utf8, which the binary embeds, so
// that loading the segmenter waits for no lexicon. Every word carries freq:
// cppjieba would give a user word without one the median weight of the
// dictionary it loads, and it loads fewer words than it cuts with (see
// gendict), so freq is the median frequency of those.
func UserDict(freq int) []byte {
	var b strings.Builder
	for _, words := range []*lexicon.Words{lexicon.Domain(), lexicon.AgencyWords()} {
		for _, w := range words.All() {
			fmt.Fprintf(&b, "%s %d %s\n", w, freq, words.Label(w, 0))
		}
	}
	for _, w := range lexicon.Titles().All() {
		fmt.Fprintf(&b, "%s %d n\n", w, freq)
	}
	for _, w := range lexicon.Places().FullNames() {
		fmt.Fprintf(&b, "%s %d ns\n", w, freq)
	}
	return []byte(b.String())
}

// load writes the dictionaries where cppjieba can read them (it takes file
// paths) and builds the segmenter. The files go to the user's cache folder,
// named by their content, so later runs find them in place; where that
// folder cannot be written, to a temporary folder removed after loading.
func load() (*Segmenter, error) {
	files := map[string][]byte{
		"jieba.utf8": jiebaDict,
		"hmm.utf8":   hmmModel,
		"user.utf8":  userDictData,
		"idf.utf8":   []byte("的 1.0\n"), // keyword extraction is not used
		"stop.utf8":  []byte("的\n"),
	}
	// The cache folder is named by the content (CRC-32, cheap at start).
	h := crc32.NewIEEE()
	for _, name := range []string{"jieba.utf8", "hmm.utf8", "user.utf8"} {
		h.Write(files[name])
	}
	id := fmt.Sprintf("%08x-%d", h.Sum32(), len(files["jieba.utf8"])+len(files["user.utf8"]))
	dir, cleanup, err := dictDir(id, files)
	if err != nil {
		return nil, fmt.Errorf("segmenter dictionaries: %w", err)
	}
	defer cleanup()
	p := func(n string) string { return filepath.Join(dir, n) }
	tags, err := readTagIndex(tagsData)
	if err != nil {
		return nil, err
	}
	keepHeap()
	return &Segmenter{j: gojieba.NewJieba(p("jieba.utf8"), p("hmm.utf8"), p("user.utf8"), p("idf.utf8"), p("stop.utf8")), tags: tags}, nil
}

func dictDir(id string, files map[string][]byte) (string, func(), error) {
	if base, err := os.UserCacheDir(); err == nil {
		dir := filepath.Join(base, "bulletin", "dict-"+id)
		if complete(dir, files) {
			return dir, func() {}, nil
		}
		if err := writeAll(dir, files); err == nil {
			return dir, func() {}, nil
		}
	}
	dir, err := os.MkdirTemp("", "bulletin-dict-")
	if err != nil {
		return "", nil, err
	}
	if err := writeAll(dir, files); err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	return dir, func() { os.RemoveAll(dir) }, nil
}

func complete(dir string, files map[string][]byte) bool {
	for name, b := range files {
		st, err := os.Stat(filepath.Join(dir, name))
		if err != nil || st.Size() != int64(len(b)) {
			return false
		}
	}
	return true
}

// writeAll writes each file through a temporary name and a rename, so a
// concurrent process never reads a half-written dictionary.
func writeAll(dir string, files map[string][]byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, b := range files {
		tmp, err := os.CreateTemp(dir, name+".*")
		if err != nil {
			return err
		}
		_, werr := tmp.Write(b)
		cerr := tmp.Close()
		if werr != nil || cerr != nil {
			os.Remove(tmp.Name())
			return fmt.Errorf("writing %s: %v %v", name, werr, cerr)
		}
		if err := os.Rename(tmp.Name(), filepath.Join(dir, name)); err != nil {
			os.Remove(tmp.Name())
			return err
		}
	}
	return nil
}
