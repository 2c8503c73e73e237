package decode

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A Unicode Vietnamese text is decided on its head: the rest is handed to the
// normalise stage as it is, damaged bytes and all.
func TestUnicodeDecidedOnHead(t *testing.T) {
	head := strings.Repeat("Ủy ban nhân dân tỉnh Kon Tum ban hành kế hoạch thực hiện.\n", 200) // > 8 KiB
	src := append([]byte(head), bytes.Repeat([]byte{0xB8, 0xE5, 0xA9, ' '}, 3000)...)
	res, err := Decode(src)
	require.NoError(t, err)
	assert.Equal(t, "utf-8", res.Encoding)
	assert.Equal(t, src, res.Text)
}

// Legacy bytes are still found when the head is not Unicode Vietnamese.
func TestLegacyStillDetected(t *testing.T) {
	// TCVN3 (ABC) bytes of "Uû ban nh©n d©n tØnh" style text: 8-bit, invalid UTF-8
	line := []byte("Uû ban nh\xa9n d\xa9n t\xd8nh Kon Tum ban h\xb5nh k\xd5 ho\xb9ch th\xf9c hi\xd6n.\n")
	res, err := Decode(bytes.Repeat(line, 50))
	require.NoError(t, err)
	assert.NotEqual(t, "utf-8", res.Encoding)
}

func TestRuneHead(t *testing.T) {
	b := []byte("aăb") // ă is two bytes
	assert.Equal(t, "a", string(runeHead(b, 2)))
	assert.Equal(t, "aă", string(runeHead(b, 3)))
	assert.Equal(t, "aăb", string(runeHead(b, 10)))
}
