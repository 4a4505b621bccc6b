package extract

// actClosesRun reports whether a verb of actverb opens at j, closing the
// run of unknown words that unknownNameAfter reads after a title as a
// name (副省长阿东|讲话): a report and a photo's caption print what the
// official did right after the name (某某讲话, 某某致辞), and the
// segmenter tags some of those verbs as nouns (讲话, n), so the tag alone
// does not end the name there.
func actClosesRun(s string, j int) bool {
	_, ok := actVerbs().At(s, j)
	return ok
}
