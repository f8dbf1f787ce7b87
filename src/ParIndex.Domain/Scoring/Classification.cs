namespace ParIndex.Domain.Scoring;

/// <summary>Xếp loại, from best to worst.</summary>
public enum Classification
{
    /// <summary>Xuất sắc.</summary>
    Excellent = 1,

    /// <summary>Tốt.</summary>
    Good = 2,

    /// <summary>Khá.</summary>
    Fair = 3,

    /// <summary>Trung bình.</summary>
    Average = 4,

    /// <summary>Yếu.</summary>
    Weak = 5,
}
