package structure

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// "Điều 1 : Nay ban hành …" with a space before the colon is an article
// (2007-Quy-che-chi-tieu-noi-bo-2007.doc); "Điều 3 của Luật …" opening a
// wrapped line is still prose.
func TestArticleWithSpacedColon(t *testing.T) {
	m, ok := marker("Điều 1 : Nay ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ, quản lý và sử dụng tài sản công năm 2007")
	require.True(t, ok)
	assert.Equal(t, kDieu, m.kind)
	assert.Equal(t, "Điều 1", m.label)
	assert.Equal(t, "Nay ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ, quản lý và sử dụng tài sản công năm 2007", m.rest)
	_, ok = marker("Điều 3 của Luật này")
	assert.False(t, ok)
}
