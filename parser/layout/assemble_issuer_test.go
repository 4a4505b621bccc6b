package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestIssuerOverTitle: the bodies printed on lines of their own over a 关于
// title issue it; stacked a line each, the first, the leading body, does.
func TestIssuerOverTitle(t *testing.T) {
	T, H, B := cue.Title, cue.Header, cue.Body
	checkLabelledField(t, "issuer", []labelledCase{
		{"co-issuers stacked over the title",
			[]string{"某县关于开展专项整治的通告", "来源:某县人民政府网", "某县民政局", "某县公安局", "某县自然资源局", "关于开展专项整治的通告", "为有效遏制违规建墓行为，现通告如下。"},
			[]cue.Role{T, H, T, T, T, T, B}, "某县民政局"},
		{"one body over the title",
			[]string{"某县关于开展专项整治的通告", "来源:某县人民政府网", "某县公安局", "关于开展专项整治的通告", "为有效遏制违规建墓行为，现通告如下。"},
			[]cue.Role{T, H, T, T, B}, "某县公安局"},
		// The line over the stack is the page's headline, no body's name.
		{"the headline over the bodies",
			[]string{"某县关于开展专项整治的通告", "某县公安局", "某县自然资源局", "关于开展专项整治的通告", "为有效遏制违规建墓行为，现通告如下。"},
			[]cue.Role{T, T, T, T, B}, "某县公安局"},
		{"no 关于 title under the bodies",
			[]string{"某县开展专项整治", "某县民政局", "某县公安局", "为有效遏制违规建墓行为，现通告如下。"},
			[]cue.Role{T, T, T, B}, ""},
	}, func(a *assembly) *Field { return a.issuerOverTitle() })
}

// TestIssuerOverTitleHalf: the body a document prints on a line of its own
// over the rest of its title authors the document the rest names; a body
// over what it did is the report's subject.
func TestIssuerOverTitleHalf(t *testing.T) {
	T, C, B := cue.Title, cue.Chrome, cue.Body
	checkLabelledField(t, "issuer", []labelledCase{
		{"a body over its report's name",
			[]string{"某市某区民政局2024年政府信息公开工作年度报告", "某市某区民政局", "2024年政府信息公开工作年度报告", "根据条例规定，编制本报告。"},
			[]cue.Role{T, C, C, B}, "某市某区民政局"},
		{"a body over what it did",
			[]string{"某市慈善总会扎实做好慈善日有关工作", "某市慈善总会", "扎实做好慈善日有关工作", "今年9月5日是中华慈善日。"},
			[]cue.Role{T, C, C, B}, ""},
		{"the halves as the text's sentence",
			[]string{"某市某区民政局2024年政府信息公开工作年度报告", "某市某区民政局", "2024年政府信息公开工作年度报告", "根据条例规定，编制本报告。"},
			[]cue.Role{T, B, B, B}, ""},
	}, func(a *assembly) *Field { return a.issuerOverTitleHalf(a.d.Lines[0].Sq) })
}
