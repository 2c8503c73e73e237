package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRuneHead(t *testing.T) {
	b := []byte("aăb") // ă is two bytes
	assert.Equal(t, "a", string(runeHead(b, 2)))
	assert.Equal(t, "aă", string(runeHead(b, 3)))
	assert.Equal(t, "aăb", string(runeHead(b, 10)))
}
