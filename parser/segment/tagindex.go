package segment

import (
	"encoding/binary"
	"errors"
	"math/bits"
	"slices"
)

// tagIndex is the tag table in the form go generate writes to
// dict/tags.bin: an open-addressing hash table over the words, read where it
// lies in the binary. Building the table as a Go map took about 9 ms of
// every cold start; reading this one takes nothing before the first lookup.
//
// Layout, little-endian: u32 slot count (a power of two); u8 tag count,
// then each tag as u8 length and bytes; the slots, u32 each, 0 for none or
// 1 + the offset of an entry; the entries, each u8 word length, the word
// and u8 tag index.
type tagIndex struct {
	mask    uint32
	names   []string
	slots   []byte
	entries []byte
}

// readTagIndex takes the table apart without copying it.
func readTagIndex(b []byte) (tagIndex, error) {
	bad := errors.New("segment: malformed tag index")
	if len(b) < 5 {
		return tagIndex{}, bad
	}
	n := binary.LittleEndian.Uint32(b)
	if n == 0 || n&(n-1) != 0 {
		return tagIndex{}, bad
	}
	ix := tagIndex{mask: n - 1}
	k, off := int(b[4]), 5
	for range k {
		if off >= len(b) || off+1+int(b[off]) > len(b) {
			return tagIndex{}, bad
		}
		ix.names = append(ix.names, string(b[off+1:off+1+int(b[off])]))
		off += 1 + int(b[off])
	}
	if len(b)-off < 4*int(n) {
		return tagIndex{}, bad
	}
	ix.slots, ix.entries = b[off:off+4*int(n)], b[off+4*int(n):]
	return ix, nil
}

// tagHash is FNV-1a, fixed so that the generator and the reader agree.
func tagHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// lookup gives the tag of w, if the dictionaries hold it.
func (ix *tagIndex) lookup(w string) (string, bool) {
	if ix.mask == 0 {
		return "", false
	}
	for i := tagHash(w) & ix.mask; ; i = (i + 1) & ix.mask {
		e := binary.LittleEndian.Uint32(ix.slots[4*i:])
		if e == 0 {
			return "", false
		}
		e--
		if int(e) >= len(ix.entries) {
			return "", false
		}
		n := int(ix.entries[e])
		end := int(e) + 1 + n
		if end >= len(ix.entries) {
			return "", false
		}
		if n == len(w) && string(ix.entries[int(e)+1:end]) == w {
			if t := int(ix.entries[end]); t < len(ix.names) {
				return ix.names[t], true
			}
			return "", false
		}
	}
}

// TagIndex builds dict/tags.bin from the jieba dictionary and the user
// dictionary: every word with its tag, the user dictionary's winning, as
// cppjieba's tagger reads them.
func TagIndex(dict, user []byte) ([]byte, error) {
	words, tags := dictIndex(dict)
	table := make(map[string]string, len(words))
	for i, w := range words {
		table[w] = tags[i]
	}
	for w, t := range userTags(user) {
		table[w] = t
	}
	var names []string
	for _, t := range table {
		names = append(names, t)
	}
	slices.Sort(names)
	names = slices.Compact(names)
	if len(names) > 255 {
		return nil, errors.New("segment: more than 255 tags")
	}
	id := map[string]byte{}
	for i, t := range names {
		id[t] = byte(i)
	}
	// Load at most one half: a miss, the most common lookup, ends soon.
	n := uint32(1) << bits.Len32(uint32(2*len(table)))
	out := binary.LittleEndian.AppendUint32(nil, n)
	out = append(out, byte(len(names)))
	for _, t := range names {
		if len(t) > 255 {
			return nil, errors.New("segment: tag too long: " + t)
		}
		out = append(out, byte(len(t)))
		out = append(out, t...)
	}
	slots := make([]uint32, n)
	var entries []byte
	sorted := make([]string, 0, len(table))
	for w := range table {
		sorted = append(sorted, w)
	}
	slices.Sort(sorted) // one output for one input
	for _, w := range sorted {
		if len(w) > 255 {
			return nil, errors.New("segment: word too long: " + w)
		}
		i := tagHash(w) & (n - 1)
		for slots[i] != 0 {
			i = (i + 1) & (n - 1)
		}
		slots[i] = uint32(len(entries)) + 1
		entries = append(entries, byte(len(w)))
		entries = append(entries, w...)
		entries = append(entries, id[table[w]])
	}
	for _, s := range slots {
		out = binary.LittleEndian.AppendUint32(out, s)
	}
	return append(out, entries...), nil
}
