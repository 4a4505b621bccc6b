package main

import (
	"fmt"
	"math"

	"github.com/dustin/go-humanize"
)

// byteSize is a flag's size in bytes, written as people write sizes: 500k,
// 16M, 1.5GB (powers of 1000) or 16MiB (powers of 1024), or bytes.
type byteSize struct {
	n    int64
	text string // as given, for messages; empty for the default
}

func newByteSize(n int64) byteSize { return byteSize{n: n} }

func (b *byteSize) Set(s string) error {
	n, err := humanize.ParseBytes(s)
	if err != nil {
		return fmt.Errorf("not a size (500k, 16M, 1GiB): %q", s)
	}
	if n > math.MaxInt64 {
		return fmt.Errorf("size %q is too large", s)
	}
	b.n, b.text = int64(n), s
	return nil
}

// String is the size as given, or the default in binary units (16 MiB).
func (b *byteSize) String() string {
	if b.text != "" {
		return b.text
	}
	return humanize.IBytes(uint64(b.n))
}

func (b *byteSize) Type() string { return "size" }
