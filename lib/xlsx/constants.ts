// The media type of an .xlsx file, for the routes that serve one and the OpenAPI document that describes them.
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
