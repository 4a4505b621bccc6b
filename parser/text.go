package parser

import "context"

// Text returns the text whose lines a record's positions number: the
// decoded file for text, the text the read stage made of a PDF, Word file
// or web page (a page after the first opening with a form feed). Line ends
// are "\n" and a byte-order mark is dropped, so the n-th line of the result
// split at "\n" is the line a Span's Line n names. Pages that show a record
// beside its document (bulletin view) draw these lines; src is read as
// Parse reads it, with the same forced encoding. Where the record is
// parsed too, ParseWithText reads the file once for both.
func Text(ctx context.Context, src Source) (string, error) {
	if len(src.Data) == 0 {
		return "", ErrEmpty
	}
	st, err := readSource(ctx, src)
	if err != nil {
		return "", err
	}
	return st.lines(), nil
}
