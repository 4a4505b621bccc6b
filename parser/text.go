package parser

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"bulletin/parser/decode"
	"bulletin/parser/read"
)

// Text returns the text whose lines a record's positions number: the
// decoded file for text, the text the read stage made of a PDF, Word file
// or web page (a page after the first opening with a form feed). Line ends
// are "\n" and a byte-order mark is dropped, so the n-th line of the result
// split at "\n" is the line a Span's Line n names. Pages that show a record
// beside its document (bulletin view) draw these lines; src is read as
// Parse reads it, with the same forced encoding.
func Text(ctx context.Context, src Source) (string, error) {
	if len(src.Data) == 0 {
		return "", ErrEmpty
	}
	var text string
	if r := read.Detect(src.Data); r != nil {
		ctx, cancel := context.WithTimeout(ctx, read.DefaultLimits.Time)
		defer cancel()
		res, err := r.Read(ctx, src.Data, read.DefaultLimits)
		if errors.Is(err, context.DeadlineExceeded) {
			err = fmt.Errorf("%w: reading took longer than the %v allowed for one file", read.ErrLimit, read.DefaultLimits.Time)
		}
		if err != nil {
			return "", fmt.Errorf("%s: %w", r.Format(), err)
		}
		text = res.Text
	} else {
		d, err := decode.Decode(src.Data, src.Encoding)
		if err != nil {
			return "", err
		}
		text = d.Text
	}
	// As clean.Lines counts lines: CRLF, CR and LF each end one.
	text = strings.TrimPrefix(text, "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	return strings.ReplaceAll(text, "\r", "\n"), nil
}
