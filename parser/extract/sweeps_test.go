package extract

import (
	"math/rand"
	"slices"
	"testing"

	"bulletin/parser/segment"
)

// The sweeps and binary searches that replaced scans of every range or word
// must answer as the scans did. Each is checked against the scan it
// replaced on random input, including the cases where nothing overlaps.

func TestRangeIndexAgreesWithScan(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 500; trial++ {
		var rs ranges
		for n := rng.Intn(8); n > 0; n-- {
			a := rng.Intn(40)
			rs = append(rs, byteRange{a, a + rng.Intn(10)})
		}
		x := index(rs)
		for q := 0; q < 20; q++ {
			i := rng.Intn(50)
			j := i + rng.Intn(8)
			want := slices.ContainsFunc(rs, func(r byteRange) bool { return r.overlaps(i, j) })
			if got := x.overlap(i, j); got != want {
				t.Fatalf("ranges %v, [%d,%d): overlap %v, want %v", rs, i, j, got, want)
			}
		}
	}
	if index().overlap(0, 10) {
		t.Error("an empty index overlaps")
	}
}

// longestByScan is longest as it was: each name against every other.
func longestByScan(cs []candidate) []candidate {
	var out []candidate
	for i, c := range cs {
		inside := false
		for j, d := range cs {
			if i != j && d.start <= c.start && c.end <= d.end && (d.end-d.start > c.end-c.start || j < i && d == c) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b candidate) int { return a.start - b.start })
	return out
}

func TestLongestAgreesWithScan(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	rules := []string{"a", "b"}
	for trial := 0; trial < 2000; trial++ {
		var cs []candidate
		for n := rng.Intn(7); n > 0; n-- {
			a := rng.Intn(12)
			cs = append(cs, candidate{a, a + 1 + rng.Intn(6), rules[rng.Intn(2)]})
		}
		if got, want := longest(cs), longestByScan(cs); !slices.Equal(got, want) {
			t.Fatalf("longest(%v) = %v, want %v", cs, got, want)
		}
	}
}

func TestTokenLookups(t *testing.T) {
	// 市民政局|召开|会议, as the segmenter gives words: in order, abutting.
	ts := []segment.Token{{Word: "市民政局", Tag: "nt", Start: 0, End: 12}, {Word: "召开", Tag: "v", Start: 12, End: 18}, {Word: "会议", Tag: "x", Start: 18, End: 24}}
	tests := []struct {
		name string
		got  int
		want int
	}{
		{"token at a start", tokenAt(ts, 12), 1},
		{"no token starts inside a word", tokenAt(ts, 3), -1},
		{"no token starts past the end", tokenAt(ts, 24), -1},
		{"token ending at an end", tokenEndingAt(ts, 18), 1},
		{"no token ends inside a word", tokenEndingAt(ts, 15), -1},
		{"no token ends at the start", tokenEndingAt(ts, 0), -1},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, tc.got, tc.want)
		}
	}
	bools := []struct {
		name      string
		got, want bool
	}{
		{"a word runs across the middle of 民政局", wordAcross(ts, 6), true},
		{"no word runs across a boundary", wordAcross(ts, 12), false},
		{"nothing runs across the end", wordAcross(ts, 24), false},
		{"a guess holds the middle of 会议", guessedAt(ts, 21), true},
		{"a dictionary word is no guess", guessedAt(ts, 15), false},
		{"a boundary is in no guess", guessedAt(ts, 18), false},
		{"a verb before 18 is a common word", commonWordBefore(ts, 18), true},
		{"no word ends inside another", commonWordBefore(ts, 9), false},
	}
	for _, tc := range bools {
		if tc.got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}
