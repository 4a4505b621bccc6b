// Package lexicon holds the word lists the parser reads, as embedded data
// files under data/, each with its source noted at its top: agency endings,
// titles of office, measure words, qualifiers, surnames, civil-affairs
// vocabulary and the gazetteer of administrative divisions. Lists load once,
// on first use.
package lexicon

import (
	"bufio"
	"embed"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data
var files embed.FS

// rows reads a data file: one entry a line, tab-separated fields, lines
// starting with # are comments.
func rows(name string) [][]string {
	f, err := files.Open("data/" + name)
	if err != nil {
		panic("lexicon: missing embedded file " + name) // a build defect, not input
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20) // grows as a line needs, to 1 MB
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out
}

// Words is a list of words, each with optional labels, that can be matched
// at a position of a text, longest first.
type Words struct {
	labels map[string][]string
	// Words are indexed by their first (last) two runes, one-rune words by
	// their rune: a position is checked against the few words that share
	// its two runes, not the thousand place names that end in 县.
	byFirst2, byLast2 map[uint64][]string
	byFirst1, byLast1 map[rune]string
	// firsts and lasts mark, for runes below 0x10000, whether some word
	// starts or ends with them, ones whether a rune is a word by itself;
	// firstPairs and lastPairs mark the hashes of the leading and trailing
	// rune pairs. Most positions of a text are ruled out without a map
	// lookup.
	firsts, lasts, ones   blockSet
	firstPairs, lastPairs blockSet
	// longest is the length in bytes of the longest word: a longer string
	// is none, and is not hashed to find that out.
	longest int
}

// runeSet is a set of runes below 0x10000 (or of 16-bit hashes), one bit
// each.
type runeSet [1 << 16 / 64]uint64

func mark(set *runeSet, r rune) {
	if r < 1<<16 {
		set[r/64] |= 1 << (r % 64)
	}
}

func marked(set *runeSet, r rune) bool {
	return r >= 1<<16 || set[r/64]&(1<<(r%64)) != 0
}

// blockSet is the same set as runeSet, kept by blocks of 512: a block no
// member falls in takes one byte, not 64. Lists are many (one for each list
// of cue_words.tsv and target_cues.tsv, some 300) and most of a few words;
// at five flat runeSets each, 40 KB a list, they were 12 of the 16 MB a
// batch of files keeps live, which GOGC 200 lets grow threefold before a
// collection.
type blockSet struct {
	// block is, for each block of runes r>>9, 0 if no member falls in it,
	// else 1 + the index of its bits.
	block [1 << 16 >> 9]uint8
	bits  [][512 / 64]uint64
}

func (s *blockSet) mark(r rune) {
	if r >= 1<<16 {
		return
	}
	b := s.block[r>>9]
	if b == 0 {
		s.bits = append(s.bits, [512 / 64]uint64{})
		b = uint8(len(s.bits))
		s.block[r>>9] = b
	}
	s.bits[b-1][r>>6&7] |= 1 << (r % 64)
}

func (s *blockSet) marked(r rune) bool {
	if r >= 1<<16 {
		return true
	}
	b := s.block[r>>9]
	return b != 0 && s.bits[b-1][r>>6&7]&(1<<(r%64)) != 0
}

// pair is the map key of two runes; pairHash its 16-bit hash.
func pair(a, b rune) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }

func pairHash(a, b rune) rune { return rune((uint32(a)*2654435761 + uint32(b)*40503) >> 16) }

func newWords(rs [][]string) *Words {
	w := &Words{labels: map[string][]string{}, byFirst2: map[uint64][]string{}, byLast2: map[uint64][]string{},
		byFirst1: map[rune]string{}, byLast1: map[rune]string{}}
	for _, r := range rs {
		word := r[0]
		if word == "" {
			continue
		}
		if _, dup := w.labels[word]; dup {
			continue
		}
		w.labels[word] = r[1:]
		w.longest = max(w.longest, len(word))
		f, fn := utf8.DecodeRuneInString(word)
		l, ln := utf8.DecodeLastRuneInString(word)
		w.firsts.mark(f)
		w.lasts.mark(l)
		if fn == len(word) {
			w.ones.mark(f)
			w.byFirst1[f], w.byLast1[l] = word, word
			continue
		}
		f2, _ := utf8.DecodeRuneInString(word[fn:])
		l2, _ := utf8.DecodeLastRuneInString(word[:len(word)-ln])
		w.firstPairs.mark(pairHash(f, f2))
		w.lastPairs.mark(pairHash(l2, l))
		w.byFirst2[pair(f, f2)] = append(w.byFirst2[pair(f, f2)], word)
		w.byLast2[pair(l2, l)] = append(w.byLast2[pair(l2, l)], word)
	}
	for _, m := range []map[uint64][]string{w.byFirst2, w.byLast2} {
		for k := range m {
			sort.SliceStable(m[k], func(i, j int) bool { return len(m[k][i]) > len(m[k][j]) })
		}
	}
	return w
}

// Has reports whether word is in the list.
func (w *Words) Has(word string) bool {
	if len(word) > w.longest {
		return false
	}
	_, ok := w.labels[word]
	return ok
}

// Label is the i-th label of word, or "".
func (w *Words) Label(word string, i int) string {
	if l := w.labels[word]; i < len(l) {
		return l[i]
	}
	return ""
}

// MayStart reports whether some word of the list may start with r; a scan
// that has the rune at hand asks this before At.
func (w *Words) MayStart(r rune) bool { return w.firsts.marked(r) }

// MayEnd reports whether some word of the list may end with r; a scan that
// has the rune at hand asks this before EndingAt.
func (w *Words) MayEnd(r rune) bool { return w.lasts.marked(r) }

// Longest is the length in bytes of the list's longest word: a word that
// covers an offset starts no further back than that.
func (w *Words) Longest() int { return w.longest }

// At returns the longest word that starts at byte offset i of s.
func (w *Words) At(s string, i int) (string, bool) {
	if i >= len(s) {
		return "", false
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if !w.firsts.marked(r) {
		return "", false
	}
	if i+n < len(s) {
		r2, _ := utf8.DecodeRuneInString(s[i+n:])
		if w.firstPairs.marked(pairHash(r, r2)) {
			for _, word := range w.byFirst2[pair(r, r2)] {
				if strings.HasPrefix(s[i:], word) {
					return word, true
				}
			}
		}
	}
	if !w.ones.marked(r) {
		return "", false
	}
	word, ok := w.byFirst1[r]
	return word, ok
}

// EndingAt returns the longest word that ends at byte offset i of s.
func (w *Words) EndingAt(s string, i int) (string, bool) {
	if i <= 0 || i > len(s) {
		return "", false
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if !w.lasts.marked(r) {
		return "", false
	}
	if i-n > 0 {
		r2, _ := utf8.DecodeLastRuneInString(s[:i-n])
		if w.lastPairs.marked(pairHash(r2, r)) {
			for _, word := range w.byLast2[pair(r2, r)] {
				if strings.HasSuffix(s[:i], word) {
					return word, true
				}
			}
		}
	}
	if !w.ones.marked(r) {
		return "", false
	}
	word, ok := w.byLast1[r]
	return word, ok
}

// Suffix returns the longest word that s ends with.
func (w *Words) Suffix(s string) (string, bool) { return w.EndingAt(s, len(s)) }

// Prefix returns the longest word that s starts with.
func (w *Words) Prefix(s string) (string, bool) { return w.At(s, 0) }

// All is every word of the list.
func (w *Words) All() []string {
	return slices.Sorted(maps.Keys(w.labels))
}

func lazy(name string) func() *Words {
	return sync.OnceValue(func() *Words { return newWords(rows(name)) })
}

var (
	// AgencySuffixes are the endings of agency names (局, 办公室, 中心,
	// 协会 …), labelled with the kind of body: government, unit, party,
	// institution, social, company.
	AgencySuffixes = lazy("agency_suffixes.tsv")
	// AgencyBoundaries are the words that stand before an agency name in
	// running text (召开, 由, 联合 …).
	AgencyBoundaries = lazy("agency_boundaries.txt")
	// NonAgencyWords are common words that end in a one-character agency
	// ending (干部, 大局, 查处).
	NonAgencyWords = lazy("non_agency_words.txt")
	// GenericAgencies are names that end like an agency but name no body.
	GenericAgencies = lazy("generic_agencies.txt")
	// Media are words after a name that make it a medium's: 门户网站, 日报.
	Media = lazy("media.txt")
	// AgencyCues are words around a name that make it no body of the
	// text, labelled with what they mark: a site's copyright line
	// (copyright), a programme named after a kind of body (programme).
	AgencyCues = lazy("agency_cues.tsv")
	// National opens the name of a body of the central state or party.
	National = lazy("national.txt")
	// GenericPrefixes open a name that is a category (各, 有关, 当地 …).
	GenericPrefixes = lazy("generic_prefixes.txt")
	// Titles are titles of office, labelled with a rank group.
	Titles = lazy("titles.tsv")
	// Units are measure words and units, labelled with what they measure.
	Units = lazy("units.tsv")
	// Qualifiers are words that bound a number, labelled with their place
	// (before, inner, after) and bound (at_least, at_most, about, more_than).
	Qualifiers = lazy("qualifiers.tsv")
	// Surnames are Chinese surnames, single and compound.
	Surnames = lazy("surnames.txt")
	// Stance words mark a clause as a plan or an achievement.
	Stance = lazy("stance.tsv")
	// NameStops are characters that cannot continue a personal name.
	NameStops = lazy("name_stops.txt")
	// AddressForms are the forms of address that follow a surname (大爷,
	// 阿姨): 徐大爷 is no personal name.
	AddressForms = lazy("address_forms.txt")
	// AgencyWords are names of bodies that are words of their own (卫健委,
	// 妇联), tagged for the segmenter.
	AgencyWords = lazy("agency_words.tsv")
	// Domain is civil-affairs vocabulary with jieba part-of-speech tags.
	Domain = lazy("domain.tsv")
	// Levels are the words of administrative divisions (省, 市, 县, 区,
	// 乡, 镇, 街道, 村, 社区), labelled with the level of government.
	Levels = lazy("levels.tsv")
	// LocationLeads lead into where something lies (位于, 地处): the name
	// after them is a place.
	LocationLeads = lazy("location_leads.txt")
	// Streets end the names of streets in postal addresses (路, 大道).
	Streets = lazy("streets.txt")
	// StationWords are the bare names of a station or a local office
	// (社工站, 救助管理站) that a passage uses alone for the one body it has
	// named in full; not a home, a cemetery or a funeral home (敬老院: the
	// file says why).
	StationWords = lazy("station_words.txt")
	// PhoneWords are the endings of a phone line's label (电话, 热线) and
	// the words that lead into one (拨打), labelled ending or lead.
	PhoneWords = lazy("phone_words.tsv")
	// CueWords are the words the layout's cues look for (masthead endings,
	// web page field names, footer labels …), labelled with their lists.
	CueWords = lazy("cue_words.tsv")
)

// cueLists is every list of cue_words.tsv, its words longest first.
var cueLists = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	w := CueWords()
	for _, word := range w.All() {
		for _, l := range w.labels[word] {
			out[l] = append(out[l], word)
		}
	}
	for _, ws := range out {
		sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	}
	return out
})

// CueList is one list of the cue words, its words longest first.
func CueList(name string) []string { return cueLists()[name] }

var cueWordLists sync.Map // list name → *Words

// CueWordList is one list of the cue words, indexed for lookups at a
// position as the other lists are.
func CueWordList(name string) *Words {
	if w, ok := cueWordLists.Load(name); ok {
		return w.(*Words)
	}
	var rs [][]string
	for _, word := range CueList(name) {
		rs = append(rs, []string{word})
	}
	w, _ := cueWordLists.LoadOrStore(name, newWords(rs))
	return w.(*Words)
}

var preload sync.Once

// Preload builds every list in the background, so that a cold start does
// not wait for them one by one.
func Preload() {
	preload.Do(func() {
		go func() {
			for _, f := range []func() *Words{AgencySuffixes, AgencyBoundaries, GenericAgencies, GenericPrefixes,
				NonAgencyWords, Titles, Units, Qualifiers, Surnames, Stance, NameStops, AddressForms, AgencyWords, Domain, CueWords, Media, AgencyCues, National, PhoneWords, Levels, Streets, StationWords, LocationLeads} {
				f()
			}
			Places()
		}()
	})
}
