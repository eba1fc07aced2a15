namespace Grid.Silo.Api.Auth;

/// <summary>The callers of the Grid (DESIGN.md "Who uses it"), as roles an API key carries.</summary>
public static class GridRoles
{
    public const string Frontend = "frontend";
    public const string Catalog = "catalog";
    public const string Brand = "brand";
    public const string Detector = "detector";
    public const string Operator = "operator";
    public const string Seller = "seller";

    /// <summary>A trade association or agent that files for brands that authorised it (DSA art. 23 context; IPP agents).</summary>
    public const string Agent = "agent";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Frontend, Catalog, Brand, Detector, Operator, Seller, Agent,
    };
}

/// <summary>Authorization policies: which roles may call an endpoint. Scope (own brand, own seller) is checked by the endpoint.</summary>
public static class GridPolicies
{
    public const string ReadStatus = "read-status";
    public const string WriteCatalog = "write-catalog";
    public const string BrandOrOperator = "brand-or-operator";
    public const string BrandOnly = "brand-only";
    public const string RaiseFlags = "raise-flags";
    public const string OperatorOnly = "operator-only";
    public const string SellerOrOperator = "seller-or-operator";
    public const string CaseReaders = "case-readers";
    public const string Filers = "filers";
    public const string Retractors = "retractors";
    public const string AgentOrOperator = "agent-or-operator";

    public static readonly IReadOnlyDictionary<string, string[]> Roles = new Dictionary<string, string[]>
    {
        [ReadStatus] = [GridRoles.Frontend, GridRoles.Operator],
        [WriteCatalog] = [GridRoles.Catalog, GridRoles.Operator],
        [BrandOrOperator] = [GridRoles.Brand, GridRoles.Operator],
        [BrandOnly] = [GridRoles.Brand],
        [RaiseFlags] = [GridRoles.Detector, GridRoles.Operator],
        [OperatorOnly] = [GridRoles.Operator],
        [SellerOrOperator] = [GridRoles.Seller, GridRoles.Operator],
        [CaseReaders] = [GridRoles.Brand, GridRoles.Seller, GridRoles.Agent, GridRoles.Operator],
        [Filers] = [GridRoles.Brand, GridRoles.Agent, GridRoles.Operator],
        [Retractors] = [GridRoles.Brand, GridRoles.Agent],
        [AgentOrOperator] = [GridRoles.Agent, GridRoles.Operator],
    };
}
