package extract

// editedPost reports whether the document's foot signs it with an
// editor's credit the layout read (编辑:许婷婷 / 审核:陈芳 / 终审:沈旻雁,
// the 三审三校 credits of an outlet's or public account's post): the post
// is signed as a newspaper's 记者 signs a report, so what the article
// tells with no word that turns ahead is what was done (newsReport).
func editedPost(e *Env) bool {
	return e.Doc != nil && len(e.Doc.Credits) > 0
}
