package structure

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A table of contents before the text: its entries are no divisions, the
// divisions they list are (legacy 2004-duanLD9820, 2004-1F7ZB).
func TestTableOfContents(t *testing.T) {
	toc := "MỤC LỤC\nPHẦN THỨ NHẤT:\tKế hoạch tổng thể\nCHƯƠNG I:\tĐánh giá chung\n3\nCHƯƠNG II:\tMục tiêu\n7\nPHẦN THỨ HAI:\tDự án tin học hóa\n12\n\n"
	body := "PHẦN THỨ NHẤT:\nKẾ HOẠCH TỔNG THỂ\nCHƯƠNG I\nĐÁNH GIÁ CHUNG\nNội dung đánh giá chung của kế hoạch.\nCHƯƠNG II\nMỤC TIÊU\nNội dung.\n" +
		"PHẦN THỨ HAI:\nDỰ ÁN TIN HỌC HÓA\nNội dung dự án.\n"
	d := parse(t, outlineHead+toc+body)
	assert.Equal(t, []string{"PHẦN THỨ NHẤT", "PHẦN THỨ HAI"}, labelsOf(d.Sections))
	var headings []string
	for _, s := range d.Sections {
		if s.Label != "" {
			headings = append(headings, s.Heading)
		}
	}
	assert.Equal(t, []string{"KẾ HOẠCH TỔNG THỂ", "DỰ ÁN TIN HỌC HÓA"}, headings)
}

// Sections that number alike twice are no table of contents when their
// points end as sentences (a circular's parts, 2003-02120) or when there are
// two of them (two tables of one annex, 027).
func TestNoTableOfContents(t *testing.T) {
	parts := "I/ Đối tượng và phạm vi áp dụng.\n1- Tổ chức, cá nhân bán hàng hoá.\n2- Tổ chức, cá nhân mua hàng hoá.\nII/ Loại hóa đơn.\n1- Loại hóa đơn gồm:\n- Hóa đơn Giá trị gia tăng.\nIII/ In hoá đơn.\n1- Nội dung.\n" +
		"I/ Trách nhiệm của tổ chức in hoá đơn.\n1- Nội dung.\nII/ Trách nhiệm của tổ chức nhận in.\n1- Nội dung.\n"
	got := topHeadings(parse(t, outlineHead+parts).Sections)
	assert.Len(t, got, 5, "%v", got)
	tables := "I. CHỈ TIÊU CHỦ YẾU\nTT\nChỉ tiêu\nII. CHỈ TIÊU CỤ THỂ\nTT\nChỉ tiêu\nI. BỘ CHỈ SỐ QUỐC TẾ\nTT\nII. CÁC NHÓM CHỈ SỐ\nTT\n"
	got = topHeadings(parse(t, outlineHead+tables).Sections)
	assert.Len(t, got, 4, "%v", got)
}
