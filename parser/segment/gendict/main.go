// Command gendict writes the segmenter's dictionaries: words of jieba's
// dictionary as shipped in the gojieba module, and the user dictionary
// built from the project's lexicons. It runs from go generate in
// parser/segment:
//
//	go run ./gendict -n 40000 -load 20000 -texts ../../testdata/corpus -o dict/jieba.utf8 -user dict/user.utf8 -tags dict/tags.bin
//
// The segmenter cuts with the n most frequent words, but loads only the
// most frequent of them and those the texts hold, and loading is most of
// a one-file run. What it leaves out it leaves out as if the words were
// there but never met: cppjieba weighs a word by its frequency over the
// total of the dictionary's, and a character no word holds by the rarest
// word's, and gives a user word the median weight; so the total stays (one
// entry no text can hold carries the frequencies of the words left out),
// the rarest word stays, and each user word carries the median frequency
// of the n. A text that holds none of the words left out is cut as the n
// words cut it.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"bulletin/parser/segment"
)

type entry struct {
	word, tag string
	freq      int
}

func (e entry) line() string { return fmt.Sprintf("%s %d %s", e.word, e.freq, e.tag) }

func main() {
	n := flag.Int("n", 40000, "how many of the most frequent words to cut with")
	load := flag.Int("load", 20000, "how many of the most frequent of them to load whether the texts hold them or not")
	texts := flag.String("texts", "", "a folder of .txt files: its words of the n are loaded too")
	out := flag.String("o", "dict/jieba.utf8", "output file")
	user := flag.String("user", "", "also write the user dictionary built from the lexicons to this file")
	tags := flag.String("tags", "", "also write the tag table of the n words and the user dictionary (-user) to this file")
	flag.Parse()
	words, err := mostFrequent(*n)
	if err != nil {
		fail(err)
	}
	loaded, median, err := chooseLoaded(words, *load, *texts)
	if err != nil {
		fail(err)
	}
	var b strings.Builder
	for _, e := range loaded {
		b.WriteString(e.line())
		b.WriteByte('\n')
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		fail(err)
	}
	var u []byte
	if *user != "" {
		u = segment.UserDict(median)
		if err := os.WriteFile(*user, u, 0o644); err != nil {
			fail(err)
		}
	}
	if *tags != "" {
		// The tags of all n words: a word left out that the HMM puts
		// together from its characters keeps its tag.
		var all strings.Builder
		for _, e := range words {
			all.WriteString(e.line())
			all.WriteByte('\n')
		}
		t, err := segment.TagIndex([]byte(all.String()), u)
		if err != nil {
			fail(err)
		}
		if err := os.WriteFile(*tags, t, 0o644); err != nil {
			fail(err)
		}
	}
}

// mostFrequent reads the n most frequent entries of jieba's dictionary.
func mostFrequent(n int) ([]entry, error) {
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/yanyiwu/gojieba").Output()
	if err != nil {
		return nil, fmt.Errorf("locating gojieba: %w", err)
	}
	src := filepath.Join(strings.TrimSpace(string(dir)), "deps", "cppjieba", "dict", "jieba.dict.utf8")
	f, err := os.Open(src)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var all []entry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) != 3 {
			continue
		}
		freq, err := strconv.Atoi(fields[1])
		if err != nil {
			continue
		}
		all = append(all, entry{fields[0], fields[2], freq})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].freq > all[j].freq })
	all = all[:min(n, len(all))]
	seen := map[string]bool{}
	for _, e := range all {
		if seen[e.word] || e.word == segment.RestWord {
			return nil, fmt.Errorf("%q twice in the dictionary: the weights would not hold", e.word)
		}
		seen[e.word] = true
	}
	return all, nil
}

// chooseLoaded picks the entries to load: the load most frequent, those
// that occur in the texts, the rarest, and the rest entry. They come rarest
// first: cppjieba sorts a copy of the entries by weight when it loads
// them (for the median), and entries already in that order sort without
// being moved, 3-6% of NewJieba's CPU (41 alternating runs: 58.5 against
// 61.8 ms in alphabetical order). It also gives the median frequency of
// words, which the user words take.
func chooseLoaded(words []entry, load int, texts string) ([]entry, int, error) {
	if len(words) == 0 {
		return nil, 0, errors.New("no words")
	}
	held, err := textHolds(texts)
	if err != nil {
		return nil, 0, err
	}
	byFreq := append([]entry(nil), words...)
	sort.SliceStable(byFreq, func(i, j int) bool { return byFreq[i].freq < byFreq[j].freq })
	median := byFreq[len(byFreq)/2].freq // the weight cppjieba's user words take
	total, kept := 0, 0
	var out []entry
	for i, e := range words { // most frequent first
		total += e.freq
		if i < load || held(e.word) || e.word == byFreq[0].word {
			out = append(out, e)
			kept += e.freq
		}
	}
	if rest := total - kept; rest > 0 {
		out = append(out, entry{segment.RestWord, "x", rest})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].freq != out[j].freq {
			return out[i].freq < out[j].freq
		}
		return out[i].line() < out[j].line()
	})
	return out, median, nil
}

// textHolds reads the .txt files of dir and reports whether a word occurs
// in one, as written or with the white space taken out (the parser joins
// lines and drops spaces before it cuts).
func textHolds(dir string) (func(string) bool, error) {
	if dir == "" {
		return func(string) bool { return false }, nil
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no texts in %s", dir)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		s := string(b)
		texts = append(texts, s, strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, s))
	}
	return func(w string) bool {
		for _, t := range texts {
			if strings.Contains(t, w) {
				return true
			}
		}
		return false
	}, nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gendict:", err)
	os.Exit(1)
}
