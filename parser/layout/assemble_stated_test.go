package layout

import "testing"

// TestStatedHeadings: numbered headings that each state one short
// sentence on a line of their own, every part numbered alike set so over
// paragraphs of its own text, are the parts' titles, the closing stop
// aside; a numbered sentence among parts run into their text, a long
// sentence, or parts with no text under them keep the run-in rule's null.
func TestStatedHeadings(t *testing.T) {
	const head = "某市民政局推进婚俗改革工作\n发布时间：2023-02-10\n"
	checkItemTitles(t, []itemTitlesCase{
		{"each part a stated heading", head + "一、重宣传，提升新人知晓度。\n今年以来，某市民政局在婚姻登记处设置宣传栏，发放宣传册。\n二、重实效，推崇新风进万家。\n某市组织集体婚礼三场，参加新人百余对。\n",
			"重宣传，提升新人知晓度 | 重实效，推崇新风进万家"},
		// Not so.
		{"a sibling runs into its text", head + "一、重宣传，提升新人知晓度。\n今年以来，某市民政局在婚姻登记处设置宣传栏，发放宣传册。\n二、重实效，某市组织集体婚礼三场，参加新人百余对，群众反响良好。\n",
			"- | -"},
		{"no text under the parts", head + "一、重宣传，提升新人知晓度。\n二、重实效，推崇新风进万家。\n",
			"- | -"},
		{"three phrases", head + "一、重宣传，提升知晓度，营造氛围。\n今年以来，某市民政局在婚姻登记处设置宣传栏，发放宣传册。\n二、重实效，推崇新风，形成常态。\n某市组织集体婚礼三场，参加新人百余对。\n",
			"- | -"},
		{"a figure in the heading", head + "一、重宣传，发放宣传册3000份。\n今年以来，某市民政局在婚姻登记处设置宣传栏。\n二、重实效，推崇新风进万家。\n某市组织集体婚礼三场，参加新人百余对。\n",
			"- | -"},
		{"a phrase longer than a run-in title", head + "一、重宣传，全面提升新婚夫妇对婚俗改革政策的知晓度和参与度。\n今年以来，某市民政局在婚姻登记处设置宣传栏。\n二、重实效，推崇新风进万家。\n某市组织集体婚礼三场，参加新人百余对。\n",
			"- | -"},
		{"one part alone", head + "一、重宣传，提升新人知晓度。\n今年以来，某市民政局在婚姻登记处设置宣传栏，发放宣传册。\n",
			"-"},
		{"a numbered line under the part", head + "一、重宣传，提升新人知晓度。\n1.设置宣传栏，发放宣传册。\n二、重实效，推崇新风进万家。\n某市组织集体婚礼三场，参加新人百余对。\n",
			"- | -"},
		{"a sentence too long for a heading", head + "一、各镇街要在12月10日前将救助金发放到户，确保困难对象的基本生活。\n今年以来，某市民政局在婚姻登记处设置宣传栏。\n二、各镇街发放救助金时要同时将救助证发到低保对象手中。\n某市组织集体婚礼三场。\n",
			"- | -"},
	})
}
