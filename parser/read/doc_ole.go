package read

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"unicode/utf16"
)

// A Word 97–2003 file is an OLE compound file: a small file system of
// fixed-size sectors chained through a file allocation table (FAT), whose
// directory names the streams (WordDocument, 1Table, …). Only the
// directory is read here, to tell a Word file from an Excel or PowerPoint
// file that shares the container, and to see a password before a program
// is run on it. Every chain is walked at most as many steps as the file has
// sectors, so a looping or lying FAT ends in an error.

// oleSignature opens every compound file.
var oleSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// OLE sector ids with a meaning of their own.
const (
	oleFree       = 0xFFFFFFFF
	oleEndOfChain = 0xFFFFFFFE
	oleMaxRegular = 0xFFFFFFFA // ids above are markers, not sectors
)

// oleHeaderFAT is how many FAT sectors the header lists itself; the rest
// are listed in DIFAT sectors.
const oleHeaderFAT = 109

// oleStream is a directory entry: a stream's name, first sector and size.
type oleStream struct {
	index int // its place in the directory, which the entries' links count in
	name  string
	kind  byte // 1 storage, 2 stream, 5 root
	start uint32
	size  uint64
}

// oleFile is a parsed compound file header, FAT and directory.
type oleFile struct {
	data       []byte
	sectorSize int
	sectors    int // sectors after the header
	fatSectors []uint32
	dir        []oleStream
	rawDir     []byte // the directory's entries as stored, in order
}

var errOLE = errors.New("damaged compound file")

// oleOpen reads a compound file's header and directory.
func oleOpen(data []byte) (*oleFile, error) {
	const headerSize = 512
	if len(data) < headerSize || !bytes.HasPrefix(data, oleSignature) {
		return nil, fmt.Errorf("%w: no header", errOLE)
	}
	le := binary.LittleEndian
	shift := le.Uint16(data[0x1E:])
	if shift != 9 && shift != 12 { // 512-byte (version 3) or 4096-byte (version 4) sectors
		return nil, fmt.Errorf("%w: sector size 2^%d", errOLE, shift)
	}
	f := &oleFile{data: data, sectorSize: 1 << shift}
	if len(data) < f.sectorSize {
		return nil, fmt.Errorf("%w: shorter than one sector", errOLE)
	}
	f.sectors = (len(data) - f.sectorSize) / f.sectorSize
	fatCount := int(le.Uint32(data[0x2C:]))
	if fatCount > f.sectors {
		return nil, fmt.Errorf("%w: %d FAT sectors in a file of %d", errOLE, fatCount, f.sectors)
	}
	for i := 0; i < oleHeaderFAT && len(f.fatSectors) < fatCount; i++ {
		f.fatSectors = append(f.fatSectors, le.Uint32(data[0x4C+4*i:]))
	}
	// The DIFAT chain lists the FAT sectors past the header's 109; the
	// last id of each DIFAT sector is the next DIFAT sector.
	perSector := f.sectorSize/4 - 1
	for s, steps := le.Uint32(data[0x44:]), 0; len(f.fatSectors) < fatCount && s <= oleMaxRegular; steps++ {
		sec, err := f.sector(s)
		if err != nil || steps > f.sectors {
			return nil, fmt.Errorf("%w: DIFAT chain", errOLE)
		}
		for i := 0; i < perSector && len(f.fatSectors) < fatCount; i++ {
			f.fatSectors = append(f.fatSectors, le.Uint32(sec[4*i:]))
		}
		s = le.Uint32(sec[4*perSector:])
	}
	// The directory: 128-byte entries along the chain from its first sector.
	steps := 0
	for s := le.Uint32(data[0x30:]); s != oleEndOfChain; steps++ {
		if steps > f.sectors {
			return nil, fmt.Errorf("%w: the directory's chain loops", errOLE)
		}
		sec, err := f.sector(s)
		if err != nil {
			return nil, err
		}
		for at := 0; at+128 <= len(sec); at += 128 {
			e := sec[at : at+128]
			f.rawDir = append(f.rawDir, e...)
			n := int(le.Uint16(e[64:]))
			if n < 2 || n > 64 || e[66] == 0 {
				continue // an unused entry
			}
			units := make([]uint16, 0, n/2-1)
			for i := 0; i+1 < n-2; i += 2 {
				units = append(units, le.Uint16(e[i:]))
			}
			size := le.Uint64(e[120:])
			if f.sectorSize == 512 {
				size &= 0xFFFFFFFF // version 3 files may leave the high half unset
			}
			f.dir = append(f.dir, oleStream{
				index: len(f.rawDir)/128 - 1,
				name:  string(utf16.Decode(units)),
				kind:  e[66],
				start: le.Uint32(e[116:]),
				size:  size,
			})
		}
		if s, err = f.next(s); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// sector returns sector s's bytes.
func (f *oleFile) sector(s uint32) ([]byte, error) {
	if s > oleMaxRegular || int64(s) >= int64(f.sectors) {
		return nil, fmt.Errorf("%w: sector %d of %d", errOLE, s, f.sectors)
	}
	at := (int(s) + 1) * f.sectorSize
	return f.data[at : at+f.sectorSize], nil
}

// next follows the FAT from sector s.
func (f *oleFile) next(s uint32) (uint32, error) {
	per := uint32(f.sectorSize / 4)
	i := s / per
	if int64(i) >= int64(len(f.fatSectors)) {
		return 0, fmt.Errorf("%w: sector %d past the FAT", errOLE, s)
	}
	sec, err := f.sector(f.fatSectors[i])
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(sec[4*(s%per):]), nil
}

// stream returns the directory entry of the stream named name.
func (f *oleFile) stream(name string) (oleStream, bool) {
	for _, e := range f.dir {
		if e.kind == 2 && e.name == name {
			return e, true
		}
	}
	return oleStream{}, false
}

// wordEncrypted reports whether the WordDocument stream says it is
// encrypted: the FIB, which opens the stream, has fEncrypted (bit 8 of
// the flags at offset 0x0A).
func (f *oleFile) wordEncrypted() bool {
	e, ok := f.stream("WordDocument")
	if !ok {
		return false
	}
	sec, err := f.read(e, int64(len(f.data)))
	if err != nil || len(sec) < 0x0C {
		return false
	}
	const fibMagic = 0xA5EC // wIdent of a Word 97+ FIB
	le := binary.LittleEndian
	return le.Uint16(sec) == fibMagic && le.Uint16(sec[0x0A:])&0x0100 != 0
}

// oleMiniCutoff is the size below which a stream lives in the mini stream,
// in 64-byte mini sectors, rather than in the file's own sectors.
const oleMiniCutoff = 4096

// read returns a stream's bytes, from the file's sectors or, for a stream
// below the cutoff, from the mini stream; limit bounds what is read.
func (f *oleFile) read(e oleStream, limit int64) ([]byte, error) {
	if e.size > uint64(limit) || e.size > uint64(len(f.data)) {
		return nil, fmt.Errorf("%w: stream %q of %d bytes", errOLE, e.name, e.size)
	}
	if e.kind == 2 && e.size < oleMiniCutoff {
		return f.readMini(e)
	}
	return f.chain(e.start, int(e.size))
}

// chain reads size bytes along the FAT chain from sector s.
func (f *oleFile) chain(s uint32, size int) ([]byte, error) {
	out := make([]byte, 0, size)
	for steps := 0; len(out) < size; steps++ {
		if steps > f.sectors {
			return nil, fmt.Errorf("%w: a chain loops", errOLE)
		}
		sec, err := f.sector(s)
		if err != nil {
			return nil, err
		}
		out = append(out, sec[:min(len(sec), size-len(out))]...)
		if len(out) < size {
			if s, err = f.next(s); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// readMini reads a small stream from the mini stream, which is the root
// entry's stream, cut in 64-byte sectors chained through the mini FAT.
func (f *oleFile) readMini(e oleStream) ([]byte, error) {
	const miniSector = 64
	var root oleStream
	for _, d := range f.dir {
		if d.kind == 5 {
			root = d
		}
	}
	if root.size > uint64(len(f.data)) {
		return nil, fmt.Errorf("%w: a mini stream of %d bytes", errOLE, root.size)
	}
	mini, err := f.chain(root.start, int(root.size))
	if err != nil {
		return nil, err
	}
	le := binary.LittleEndian
	miniFATSectors := int(le.Uint32(f.data[0x40:]))
	if miniFATSectors > f.sectors {
		return nil, fmt.Errorf("%w: %d mini FAT sectors", errOLE, miniFATSectors)
	}
	miniFAT, err := f.chain(le.Uint32(f.data[0x3C:]), miniFATSectors*f.sectorSize)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, e.size)
	for s, steps := e.start, 0; uint64(len(out)) < e.size; steps++ {
		at := int(s) * miniSector
		if steps > len(mini)/miniSector || s > oleMaxRegular || at+miniSector > len(mini) || 4*int(s)+4 > len(miniFAT) {
			return nil, fmt.Errorf("%w: mini sector %d", errOLE, s)
		}
		out = append(out, mini[at:at+min(miniSector, int(e.size)-len(out))]...)
		s = le.Uint32(miniFAT[4*s:])
	}
	return out, nil
}

// forAntiword returns the file as antiword can read it. antiword gives up
// on a WordDocument stream below the mini-stream cutoff ("the text stream
// of this file is too small to handle"), which a short document saved by
// LibreOffice has. Such a file is written anew: every stream padded with
// zeros to the cutoff and kept in the file's own sectors, the directory as
// it was. The padding is past the end of each stream's content, which the
// streams' own offsets address, so the text read is the same.
func (f *oleFile) forAntiword(limit int64) ([]byte, error) {
	word, ok := f.stream("WordDocument")
	if !ok || word.size >= oleMiniCutoff {
		return f.data, nil
	}
	const sector = 512
	le := binary.LittleEndian
	type placed struct {
		data  []byte
		start uint32
	}
	streams := map[int]placed{}
	next := uint32(0)
	var total int64
	for _, e := range f.dir {
		if e.kind != 2 {
			continue
		}
		b, err := f.read(e, limit)
		if err != nil {
			return nil, err
		}
		n := (max(len(b), oleMiniCutoff) + sector - 1) / sector * sector
		if total += int64(n); total > limit {
			return nil, limitError("bytes of a rebuilt .doc", limit)
		}
		padded := make([]byte, n)
		copy(padded, b)
		streams[e.index] = placed{padded, next}
		next += uint32(n / sector)
	}
	dirSectors := (len(f.rawDir) + sector - 1) / sector
	dirStart := next
	next += uint32(dirSectors)
	// The FAT covers every sector, its own included.
	fatSectors := 1
	for fatSectors*(sector/4) < int(next)+fatSectors {
		fatSectors++
	}
	if fatSectors > oleHeaderFAT {
		return f.data, nil // too large to need this: let antiword speak
	}
	out := make([]byte, sector*(1+int(next)+fatSectors))
	copy(out, oleSignature)
	le.PutUint16(out[0x18:], 0x3E)
	le.PutUint16(out[0x1A:], 3)
	le.PutUint16(out[0x1C:], 0xFFFE)
	le.PutUint16(out[0x1E:], 9)
	le.PutUint16(out[0x20:], 6)
	le.PutUint32(out[0x2C:], uint32(fatSectors))
	le.PutUint32(out[0x30:], dirStart)
	le.PutUint32(out[0x38:], oleMiniCutoff)
	le.PutUint32(out[0x3C:], oleEndOfChain)
	le.PutUint32(out[0x44:], oleEndOfChain)
	for i := 0; i < oleHeaderFAT; i++ {
		id := uint32(oleFree)
		if i < fatSectors {
			id = next + uint32(i)
		}
		le.PutUint32(out[0x4C+4*i:], id)
	}
	fat := make([]uint32, fatSectors*(sector/4))
	for i := range fat {
		fat[i] = oleFree
	}
	link := func(start uint32, n int) {
		for k := 0; k < n; k++ {
			fat[start+uint32(k)] = start + uint32(k) + 1
		}
		fat[start+uint32(n)-1] = oleEndOfChain
	}
	dir := make([]byte, dirSectors*sector)
	copy(dir, f.rawDir)
	for i := len(f.rawDir) / 128; i < dirSectors*sector/128; i++ {
		e := dir[128*i:]
		le.PutUint32(e[0x44:], oleFree) // unused entries: no siblings, no child
		le.PutUint32(e[0x48:], oleFree)
		le.PutUint32(e[0x4C:], oleFree)
	}
	for _, e := range f.dir {
		d := dir[128*e.index:]
		switch p, ok := streams[e.index]; {
		case ok:
			copy(out[sector*(1+int(p.start)):], p.data)
			link(p.start, len(p.data)/sector)
			le.PutUint32(d[116:], p.start)
			le.PutUint64(d[120:], uint64(len(p.data)))
		case e.kind == 5: // the root holds no mini stream now
			le.PutUint32(d[116:], oleEndOfChain)
			le.PutUint64(d[120:], 0)
		}
	}
	copy(out[sector*(1+int(dirStart)):], dir)
	link(dirStart, dirSectors)
	for i := 0; i < fatSectors; i++ {
		fat[int(next)+i] = 0xFFFFFFFD // a FAT sector
	}
	for i, v := range fat {
		le.PutUint32(out[sector*(1+int(next))+4*i:], v)
	}
	return out, nil
}
