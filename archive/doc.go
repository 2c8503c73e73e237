// Package archive turns parsed documents into the metadata record that
// Vietnamese archives register for every document (the export stage of
// vanban): one record of 23 fields per document, written as CSV for clerks
// (Excel), or as JSON or XML keyed by the fields' codes, with a validation
// pass that lists, per document, the required fields still empty.
//
// # Sources
//
// Thông tư 02/2019/TT-BNV (24/01/2019) sets the input-data standard for
// electronic archival records ("tiêu chuẩn dữ liệu thông tin đầu vào"), and
// Nghị định 30/2020/NĐ-CP the văn thư registers of an office. The circular's
// annex itself could not be consulted while this package was written: the
// search tool returned copies of the circular (wikihoc.com and download.vn,
// "Thông tư 02/2019/TT-BNV Tiêu chuẩn dữ liệu, bảo quản tài liệu lưu trữ điện
// tử") only as excerpts of their opening, not the annex tables. The field
// list therefore follows
// the project's reference ../shared/docs/archival-metadata.md, which gathers
// the fields as archival-digitisation software built on the circular
// registers them, checked against two such public implementations found by
// the search tool:
//
//   - an extraction specification of a digitisation tool listing the same 23
//     per-document fields in the same order, with their element codes (docId,
//     arcDocCode, maintenance, typeName, codeNumber, codeNotation, issuedDate,
//     organName, subject, language, numberOfPage, inforSign, keyword, mode,
//     confidenceLevel, autograph, format, process, riskRecovery,
//     riskRecoveryStatus, description, SignerTitle, SignerName) and the same
//     value codes as the reference (maintenance 01 Vĩnh viễn … 04 for 30, 20,
//     10 years or other; mode 01 Hạn chế, 02 Không hạn chế; confidenceLevel 01
//     Bản chính, 02 Bản sao; format 01 Bình thường … 06 Bị rách; process,
//     riskRecovery 01 Có, 02 Không; riskRecoveryStatus 01 Đã dự phòng, 02 Chưa
//     dự phòng; language 01 Tiếng Việt … 07 Tiếng Hàn; the NĐ 30 type codes);
//   - a records-management system's metadata seed, written for the newer
//     packaging rules (below) with the same field keys, which gives the field
//     lengths used as MaxLen here (codeNumber 11, codeNotation 30, organName
//     200, subject 500, inforSign 30, autograph 2000, description 500,
//     numberOfPage 4 digits) and which fields a submitted text document must
//     carry (Required here).
//
// The type codes are those of Nghị định 30/2020/NĐ-CP Phụ lục III (a copy of
// its table on dulongky.com was found), which also names the forms of copy
// (sao y, trích sao, sao lục) that mark a Bản sao.
//
// The JSON and XML element codes are those codes, with the two signer fields
// written signerTitle and signerName to match the others' case.
//
// The newer packaging rules under Luật Lưu trữ 2024 (Thông tư 05/2025/TT-BNV,
// as the same search showed) renumber several value lists (chế độ sử dụng 01
// Công khai, 02 Sử dụng có điều kiện, 03 Mật; mức độ tin cậy 01 Gốc điện tử,
// 02 Số hóa, 03 Hỗn hợp; numeric type codes). The lists here are those of the
// 02/2019 generation; they are data (Fields), so a later standard is a table
// change.
//
// # What vanban fills
//
// A field is filled only from what the document shows; anything else stays
// empty, never guessed, and a pipeline supplies it with Options.Set (a
// constant for every record) or Options.FileCode (mã hồ sơ and số thứ tự from
// the file's path). Field.Source says where each filled field comes from.
package archive
