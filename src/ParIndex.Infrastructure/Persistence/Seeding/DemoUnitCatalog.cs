namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>A unit of the demo province. <paramref name="MergesInto"/> names the unit it was merged into by a reform.</summary>
internal sealed record DemoUnitName(string Code, string Name, string? ShortName = null, string? MergesInto = null);

/// <summary>
/// The demo province's agencies. Departments follow the 2025 restructuring (e.g. Planning and Investment merged into
/// Finance on 01/03/2025); communes and wards follow the two-tier reform of 01/07/2025 (38 before, 30 after).
/// </summary>
internal static class DemoUnitCatalog
{
    /// <summary>Departments that exist in every demo year.</summary>
    public static IReadOnlyList<DemoUnitName> Departments { get; } =
    [
        new("VPUBND", "Văn phòng UBND tỉnh", "VP UBND tỉnh"),
        new("SNV", "Sở Nội vụ"),
        new("STP", "Sở Tư pháp"),
        new("STC", "Sở Tài chính"),
        new("SXD", "Sở Xây dựng"),
        new("SYT", "Sở Y tế"),
        new("SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
        new("SCT", "Sở Công Thương"),
        new("SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN"),
        new("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL"),
        new("SNGV", "Sở Ngoại vụ"),
        new("TTT", "Thanh tra tỉnh"),
        new("BQLKCN", "Ban Quản lý các khu công nghiệp tỉnh", "Ban QL các KCN"),
        new("BQLDADD", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh", "Ban QLDA dân dụng và công nghiệp"),
        new("BQLDAGT", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "Ban QLDA giao thông"),
        new("BQLDANN", "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh", "Ban QLDA nông nghiệp"),
        new("DPTTH", "Đài Phát thanh và Truyền hình tỉnh", "Đài PT-TH tỉnh"),
        new("CDKTCN", "Trường Cao đẳng Kỹ thuật - Công nghệ tỉnh", "Trường CĐ Kỹ thuật - Công nghệ"),
    ];

    /// <summary>Departments founded by the 2025 restructuring.</summary>
    public static IReadOnlyList<DemoUnitName> DepartmentsFounded2025 { get; } =
    [
        new("SNNMT", "Sở Nông nghiệp và Môi trường", "Sở NN&MT"),
        new("SDTTG", "Sở Dân tộc và Tôn giáo", "Sở DT&TG"),
    ];

    /// <summary>Departments merged away on 01/03/2025.</summary>
    public static IReadOnlyList<DemoUnitName> DepartmentsMerged2025 { get; } =
    [
        new("SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", MergesInto: "STC"),
        new("SGTVT", "Sở Giao thông vận tải", "Sở GTVT", MergesInto: "SXD"),
        new("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", MergesInto: "SNV"),
        new("STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT", MergesInto: "SKHCN"),
        new("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", MergesInto: "SNNMT"),
        new("STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT", MergesInto: "SNNMT"),
        new("BDT", "Ban Dân tộc tỉnh", MergesInto: "SDTTG"),
    ];

    /// <summary>Communes and wards the 2025 reform kept as they were.</summary>
    public static IReadOnlyList<DemoUnitName> CommunesWards { get; } =
    [
        new("PLAMSON", "Phường Lam Sơn"),
        new("PQUANGTRUNG", "Phường Quang Trung"),
        new("PTRUNGDO", "Phường Trung Đô"),
        new("PHOABINH", "Phường Hòa Bình"),
        new("PDONGVINH", "Phường Đông Vĩnh"),
        new("XNGHIAHUNG", "Xã Nghĩa Hưng"),
        new("XTHANHLAM", "Xã Thanh Lâm"),
        new("XHUNGTHINH", "Xã Hưng Thịnh"),
        new("XYENHOA", "Xã Yên Hòa"),
        new("XPHUCLOC", "Xã Phúc Lộc"),
        new("XTANPHONG", "Xã Tân Phong"),
        new("XMINHCHAU", "Xã Minh Châu"),
        new("XKIMLIEN", "Xã Kim Liên"),
        new("XCAMSON", "Xã Cẩm Sơn"),
        new("XTIENKY", "Xã Tiên Kỳ"),
        new("XDONGVAN", "Xã Đồng Văn"),
        new("XBINHCHUAN", "Xã Bình Chuẩn"),
        new("XTHACHNGAN", "Xã Thạch Ngàn"),
        new("XMYTHANH", "Xã Mỹ Thành"),
        new("XHANHLAM", "Xã Hạnh Lâm"),
        new("XCHAUBINH", "Xã Châu Bình"),
        new("XLOCTHUY", "Xã Lộc Thủy"),
        new("XVANAN", "Xã Vạn An"),
    ];

    /// <summary>Communes and wards formed on 01/07/2025 by merging two or three former ones.</summary>
    public static IReadOnlyList<DemoUnitName> CommunesWardsFormed2025 { get; } =
    [
        new("PVINHTAN", "Phường Vinh Tân"),
        new("PLAMHONG", "Phường Lam Hồng"),
        new("PHONGSON", "Phường Hồng Sơn"),
        new("XTANLAP", "Xã Tân Lập"),
        new("XHUNGNGUYEN", "Xã Hưng Nguyên"),
        new("XDONGTHANH", "Xã Đông Thành"),
        new("XTHANHPHONG", "Xã Thanh Phong"),
    ];

    /// <summary>Communes and wards merged away on 01/07/2025; their past results stay theirs.</summary>
    public static IReadOnlyList<DemoUnitName> CommunesWardsMerged2025 { get; } =
    [
        new("PHUNGPHUC", "Phường Hưng Phúc", MergesInto: "PVINHTAN"),
        new("PHUNGBINH", "Phường Hưng Bình", MergesInto: "PVINHTAN"),
        new("PBENDO", "Phường Bến Đò", MergesInto: "PLAMHONG"),
        new("PTHUYTIEN", "Phường Thủy Tiên", MergesInto: "PLAMHONG"),
        new("PHONGLINH", "Phường Hồng Lĩnh", MergesInto: "PHONGSON"),
        new("PNAMSON", "Phường Nam Sơn", MergesInto: "PHONGSON"),
        new("PBACSON", "Phường Bắc Sơn", MergesInto: "PHONGSON"),
        new("XTANHOP", "Xã Tân Hợp", MergesInto: "XTANLAP"),
        new("XLAPTHANH", "Xã Lập Thành", MergesInto: "XTANLAP"),
        new("XHUNGLOI", "Xã Hưng Lợi", MergesInto: "XHUNGNGUYEN"),
        new("XHUNGTRUNG", "Xã Hưng Trung", MergesInto: "XHUNGNGUYEN"),
        new("XDONGHIEU", "Xã Đông Hiếu", MergesInto: "XDONGTHANH"),
        new("XTHANHCONG", "Xã Thành Công", MergesInto: "XDONGTHANH"),
        new("XTHANHMAI", "Xã Thanh Mai", MergesInto: "XTHANHPHONG"),
        new("XPHONGTHINH", "Xã Phong Thịnh", MergesInto: "XTHANHPHONG"),
    ];

    /// <summary>Central agencies' provincial branches (classified, not ranked), named after the province.</summary>
    public static IReadOnlyList<DemoUnitName> VerticalAgencies(string province) =>
    [
        new("CAT", $"Công an tỉnh {province}", "Công an tỉnh"),
        new("THUE", $"Thuế tỉnh {province}", "Thuế tỉnh"),
        new("KBNN", "Kho bạc Nhà nước khu vực XI", "KBNN khu vực XI"),
        new("BHXH", $"Bảo hiểm xã hội tỉnh {province}", "BHXH tỉnh"),
        new("HQ", "Chi cục Hải quan khu vực XI", "Hải quan khu vực XI"),
        new("TK", $"Thống kê tỉnh {province}", "Thống kê tỉnh"),
        new("NHNN", "Ngân hàng Nhà nước Chi nhánh Khu vực 9", "NHNN Khu vực 9"),
    ];
}
