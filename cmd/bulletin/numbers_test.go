package main

import (
	"bytes"
	"strings"
	"testing"

	"bulletin/schema"
)

// Binary-float noise (104.04 × 10000 is 1040400.0000000001 in float64)
// never reaches the output: JSON, YAML and CSV write the text's number.
func TestNumbersAsWritten(t *testing.T) {
	a, b, c := 104.04, 0.1, 1.1 // variables: constants would be folded exactly
	noisy := a * 10000
	if noisy == 1040400 {
		t.Fatal("the noise this test is about is gone from float64?")
	}
	to := b + 0.2 // 0.30000000000000004
	rec := &schema.Record{
		SchemaVersion: schema.Version,
		Items: []schema.Item{{Index: 1, Kind: "item", Entities: schema.Entities{
			Quantities: []schema.Quantity{{Value: noisy, To: &to, Unit: "元"}},
			Targets:    []schema.Target{{Value: c * 3, Unit: "%"}}, // 3.3000000000000003
			Tables:     []schema.Table{{Rows: [][]any{{"西峡县", noisy, nil}}}},
		}}},
	}
	tidyNumbers(rec)
	for name, enc := range map[string]encoder{"json": &jsonlEncoder{}, "yaml": &yamlEncoder{}, "csv": &csvEncoder{kind: "quantities"}} {
		var b bytes.Buffer
		if err := enc.Begin(&b, 1); err != nil {
			t.Fatal(err)
		}
		if err := enc.Record(&b, rec); err != nil {
			t.Fatal(err)
		}
		if err := enc.End(&b); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, bad := range []string{"0000000", "9999999", "e+0"} {
			if strings.Contains(out, bad) {
				t.Errorf("%s output has %q:\n%s", name, bad, out)
			}
		}
		if !strings.Contains(out, "1040400") || !strings.Contains(out, "0.3") {
			t.Errorf("%s output lacks 1040400 or 0.3:\n%s", name, out)
		}
	}
	if tidyNumber(0) != 0 || tidyNumber(12345678901234) != 12345678901234 || tidyNumber(99.9) != 99.9 {
		t.Error("tidyNumber changed a number the text gives")
	}
}
