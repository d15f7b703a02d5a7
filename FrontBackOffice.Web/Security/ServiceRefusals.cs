using FrontBackOffice.Domain;

namespace FrontBackOffice.Web.Security;

public static class ServiceRefusals
{
    /// <summary>A download endpoint answers a service's refusal with its status code: 403 not allowed, 404 not found.</summary>
    public static TBuilder AnswerRefusalsWithStatusCodes<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (AccessDeniedException)
            {
                return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
            }
            catch (NotFoundException)
            {
                return TypedResults.NotFound();
            }
        });
}
