package entities

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/factlint/factlint/lint"
)

// ReuseArticles are the invented articles of reuse_test.go.
var ReuseArticles = reuseArticles

// SetRecycling turns the reuse of recycled models' memory on or off.
func SetRecycling(on bool) { recycleOff.Store(!on) }

// DumpFull prints every field of m (entities the pronouns and near misses
// point at in full, as JSON) and the entity ID of every token.
func DumpFull(doc *lint.Document, m *Model) string {
	j, err := json.Marshal(m)
	if err != nil {
		return err.Error()
	}
	ids := make([]int32, len(doc.Tokens))
	for i := range ids {
		ids[i] = m.entityID(i)
	}
	// An empty list may be nil or, in a reused entity, empty with room.
	return fmt.Sprintf("%s\n%v", bytes.ReplaceAll(j, []byte(":[]"), []byte(":null")), ids)
}
