package extract

import (
	"fmt"

	"bulletin/parser/chrono"
)

// epochRef reports whether ref is the first day of Unix time
// (chrono.EpochDay), which a site's database prints where a page's time
// was never set (更新时间:1970-01-01 08:00:00): a placeholder, no evidence
// of the year the text was written in, so its yearless dates (8月底) do
// not resolve against it, nor a later month in it to the year before.
func epochRef(ref chrono.Ref) bool {
	return fmt.Sprintf("%04d-%02d-%02d", ref.Year, ref.Month, ref.Day) == chrono.EpochDay
}

// epochStated is the reference left where the document's date is the
// placeholder ref: the year the text states for its subject, unless that
// is the placeholder's own year, which the layout falls back to where the
// text states none (layout.Document.StatedYear).
func epochStated(ref chrono.Ref, stated int) chrono.Ref {
	if stated == ref.Year {
		return chrono.Ref{}
	}
	return chrono.Ref{Year: stated}
}
