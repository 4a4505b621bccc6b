package main

import (
	"bytes"
	"fmt"
	"testing"

	"bulletin/schema"
)

// TestWriteRecordJSONStreams checks that a record written an item at a
// time is byte for byte the record marshalled whole, in both layouts, with
// text that looks like the "items" key inside strings and a map.
func TestWriteRecordJSONStreams(t *testing.T) {
	for _, n := range []int{0, 1, 2, 259} {
		rec := &schema.Record{
			SchemaVersion: schema.Version,
			Source:        schema.Source{Path: `a"items":[]<b>`},
			Document:      schema.Document{Evidence: map[string]schema.Evidence{`"items":[]`: {Text: "x"}}},
			Items:         []schema.Item{},
			Warnings:      []schema.Warning{{Line: 1, Code: "c", Message: `"items": []`}},
		}
		for i := range n {
			rec.Items = append(rec.Items, schema.Item{Index: i + 1, Kind: "item", Sources: []string{}, Text: fmt.Sprintf("第%d条 \"items\": [] & <x>", i)})
		}
		for _, indent := range []bool{true, false} {
			for _, trim := range []bool{true, false} {
				want, err := marshalJSON(rec, indent)
				if err != nil {
					t.Fatal(err)
				}
				if trim {
					want = bytes.TrimRight(want, "\n")
				}
				var got bytes.Buffer
				if err := writeRecordJSON(&got, rec, indent, trim); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got.Bytes(), want) {
					t.Errorf("%d items, indent %v, trim %v: streamed record differs from the whole", n, indent, trim)
				}
			}
		}
	}
}
