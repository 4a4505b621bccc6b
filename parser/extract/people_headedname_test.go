package extract

import "testing"

// TestHeadedName covers a two-character name a title rule read after the
// surname the document prints before it wherever it stands, and cases
// where the character before is a title's, a body's or no surname.
func TestHeadedName(t *testing.T) {
	checkRows(t, []rowCase{
		{"省民政厅厅长苗延红出席。下面，首先请苗延红厅长作介绍。", "苗延红 厅长 [厅长] @省民政厅"},
		// Must not fire: one place only; a title or a body before the name.
		{"首先请苗延红厅长作介绍。", "延红 厅长 [厅长]"},
		{"局长王伟出席。局长王伟讲话。", "王伟 局长 [局长]"},
		{"副局长王伟出席，随后王伟讲话。", "王伟 副局长 [副局长]"},
	}, "people", personRows)
}
